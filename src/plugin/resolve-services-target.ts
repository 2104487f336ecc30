import { DevopsError } from '../errors/devops-error';
import type { ComposeSetup } from './inference-types';
import { nameTarget } from './name-target';
import type { NormalizedPluginOptions } from './plugin-options';

/** The docker-up target that brings up a project's database. */
export interface ServicesTarget {
  projectRoot: string;
  targetName: string;
}

/**
 * Finds the docker-up target a project's migrations wait for: the one that
 * `servicesFrom` names (a project root means its main setup, a compose file
 * the setup holding it), else the project's own main docker-up, else none.
 */
export function resolveServicesTarget(
  projectRoot: string,
  setups: ComposeSetup[],
  options: NormalizedPluginOptions,
): ServicesTarget | undefined {
  const source = options.servicesFrom[projectRoot];
  const setup =
    source === undefined
      ? findMainSetup(setups, projectRoot)
      : (setups.find((found) => found.files.includes(source)) ??
        findMainSetup(setups, source));

  if (setup) {
    const targetName = nameTarget(options.dockerUpTargetName, setup.label);
    return { projectRoot: setup.projectRoot, targetName };
  }
  if (source === undefined) return undefined;
  throw new DevopsError(
    `Plugin option servicesFrom maps ${projectRoot} to ${source}, but no compose file of a project was found there.`,
    'Set servicesFrom to the root of the project that holds the compose file (a folder with a project.json or package.json) or to the compose file itself, relative to the workspace root, in the @twenty/devops/plugin entry of nx.json.',
  );
}

function findMainSetup(
  setups: ComposeSetup[],
  projectRoot: string,
): ComposeSetup | undefined {
  return setups.find(
    (setup) => setup.projectRoot === projectRoot && !setup.label,
  );
}
