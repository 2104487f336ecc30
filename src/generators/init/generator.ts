import { formatFiles, logger, readNxJson, type Tree } from '@nx/devkit';
import { groupComposeSetups } from '../../plugin/group-compose-setups';
import type {
  ComposeSetup,
  PlannedMigrations,
} from '../../plugin/inference-types';
import { normalizePluginOptions } from '../../plugin/normalize-plugin-options';
import { planMigrations } from '../../plugin/plan-migrations';
import type { DevopsPluginOptions } from '../../plugin/plugin-options';
import { addCacheResetTarget } from './lib/add-cache-reset-target';
import { addGitignoreEntry } from './lib/add-gitignore-entry';
import { addImplicitDependencies } from './lib/add-implicit-dependencies';
import { buildExplicitTargets } from './lib/build-explicit-targets';
import { findPluginEntry, PLUGIN_NAME } from './lib/find-plugin-entry';
import { guessServicesFrom } from './lib/guess-services-from';
import { pickTargetNames } from './lib/pick-target-names';
import { registerPlugin } from './lib/register-plugin';
import { scanTree } from './lib/scan-tree';
import { writeExplicitTargets } from './lib/write-explicit-targets';
import type { InitGeneratorOptions } from './schema';

/**
 * What `nx add @twenty/devops` runs. Registers the inference plugin in
 * nx.json, with target names no project uses for something else; when
 * nx.json says `useInferencePlugins: false`, as Twenty's does, writes the
 * same targets, and the project dependencies the plugin would add, into
 * the projects instead. Running it again changes nothing.
 */
export async function initGenerator(
  tree: Tree,
  options: InitGeneratorOptions,
): Promise<void> {
  const nxJson = readNxJson(tree) ?? {};
  if (nxJson.useInferencePlugins === false) {
    writeTargets(tree, planInit(tree, options));
  } else if (!findPluginEntry(nxJson)) {
    registerPlugin(tree, planInit(tree, options).pluginOptions);
    logger.info(`Registered ${PLUGIN_NAME} in nx.json.`);
  } else {
    logger.info(
      `${PLUGIN_NAME} is already registered in nx.json; left as it is.`,
    );
  }
  addGitignoreEntry(tree);
  const withCacheReset = addCacheResetTarget(tree);
  if (withCacheReset) {
    logger.info(`Added a cache-reset target to ${withCacheReset}.`);
  }

  if (!options.skipFormat) await formatFiles(tree);
}

export default initGenerator;

interface InitPlan {
  pluginOptions: DevopsPluginOptions;
  setups: ComposeSetup[];
  migrations: PlannedMigrations[];
  projectNames: Map<string, string>;
}

function planInit(tree: Tree, options: InitGeneratorOptions): InitPlan {
  const scan = scanTree(tree);
  const targetNames = pickTargetNames(options, scan);
  const setups = groupComposeSetups(scan.composeFiles);
  const migrations = planMigrations(
    scan.migrations,
    new Set(),
    targetNames.dbMigrateTargetName,
  );

  const servicesFrom = guessServicesFrom(setups, migrations);
  const pluginOptions: DevopsPluginOptions = Object.keys(servicesFrom).length
    ? { ...targetNames, servicesFrom }
    : { ...targetNames };
  return {
    pluginOptions,
    setups,
    migrations,
    projectNames: scan.projectNames,
  };
}

function writeTargets(tree: Tree, plan: InitPlan): void {
  const targets = buildExplicitTargets(tree, {
    ...plan,
    options: normalizePluginOptions(plan.pluginOptions),
  });
  const changed = writeExplicitTargets(tree, targets);
  if (changed.length) {
    logger.info(
      `nx.json turns inference plugins off, so the targets were written into ${changed.join(', ')}.`,
    );
  }
  const edges = addImplicitDependencies(tree);
  if (edges.length) {
    logger.info(
      `Added implicitDependencies for the compose files the targets use: ${edges.join(', ')}.`,
    );
  }
}
