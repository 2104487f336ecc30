import type { TargetConfiguration } from '@nx/devkit';
import { posix } from 'node:path';
import { EXECUTORS } from './executor-names';
import type { ComposeReferences, ComposeSetup } from './inference-types';
import { nameTarget } from './name-target';
import type { NormalizedPluginOptions } from './plugin-options';
import { toInputPath } from './to-input-path';

/**
 * The docker-up and docker-down targets of one compose setup. Both read
 * the same inputs: the compose files, the `.env` file beside the first
 * one, the env files they name and the Dockerfiles of services that build
 * an image.
 */
export function buildComposeTargets(
  setup: ComposeSetup,
  references: ComposeReferences[],
  projectName: string,
  options: NormalizedPluginOptions,
): Record<string, TargetConfiguration> {
  const up = nameTarget(options.dockerUpTargetName, setup.label);
  const down = nameTarget(options.dockerDownTargetName, setup.label);
  const inputs = listInputs(setup, references);
  const shown = setup.files
    .map((file) => posix.relative(setup.projectRoot, file))
    .join(' + ');
  const [firstService] = references.flatMap((found) => found.services);

  return {
    [up]: {
      executor: EXECUTORS.dockerUp,
      cache: false,
      inputs: [...inputs],
      options: { composeFiles: [...setup.files] },
      metadata: {
        technologies: ['docker'],
        description: `Start the services of ${shown} and wait until they are ready`,
        help: {
          command: `npx nx run ${projectName}:${up} --help`,
          example: {
            options: firstService
              ? { services: [firstService], waitTimeoutSeconds: 300 }
              : { waitTimeoutSeconds: 300 },
          },
        },
      },
    },
    [down]: {
      executor: EXECUTORS.dockerDown,
      cache: false,
      inputs: [...inputs],
      options: { composeFiles: [...setup.files] },
      metadata: {
        technologies: ['docker'],
        description: `Stop and remove the containers of ${shown}, keeping volumes`,
        help: {
          command: `npx nx run ${projectName}:${down} --help`,
          example: { options: { volumes: true } },
        },
      },
    },
  };
}

// Compose substitutes variables from the `.env` file of its project
// directory (the folder of the first compose file) without being told to.
// It is an input whether or not it exists yet: Nx hashes a file input that
// matches nothing as empty, and creating the file later changes the hash.
function listInputs(
  setup: ComposeSetup,
  references: ComposeReferences[],
): string[] {
  const paths = new Set([
    ...setup.files,
    posix.join(posix.dirname(setup.files[0]), '.env'),
    ...references.flatMap((found) => found.envFiles),
    ...references.flatMap((found) => found.dockerfiles),
  ]);
  return [...paths].map((path) => toInputPath(path, setup.projectRoot));
}
