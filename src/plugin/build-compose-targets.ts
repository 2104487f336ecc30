import type { TargetConfiguration } from '@nx/devkit';
import { posix } from 'node:path';
import { EXECUTORS } from './executor-names';
import type { ComposeReferences, ComposeSetup } from './inference-types';
import { nameTarget } from './name-target';
import type { NormalizedPluginOptions } from './plugin-options';
import { toInputPath } from './to-input-path';

/**
 * The docker-up and docker-down targets of one compose setup. Both read
 * the same inputs: the compose files, the env files they name and the
 * Dockerfiles of services that build an image.
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

function listInputs(
  setup: ComposeSetup,
  references: ComposeReferences[],
): string[] {
  const paths = new Set([
    ...setup.files,
    ...references.flatMap((found) => found.envFiles),
    ...references.flatMap((found) => found.dockerfiles),
  ]);
  return [...paths].map((path) => toInputPath(path, setup.projectRoot));
}
