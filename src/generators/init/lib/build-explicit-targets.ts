import { logger, type TargetConfiguration, type Tree } from '@nx/devkit';
import { posix } from 'node:path';
import { parseComposeText } from '../../../compose/read-compose-file';
import { buildComposeTargets } from '../../../plugin/build-compose-targets';
import { buildMigrateTarget } from '../../../plugin/build-migrate-target';
import type {
  ComposeReferences,
  ComposeSetup,
  PlannedMigrations,
} from '../../../plugin/inference-types';
import type { NormalizedPluginOptions } from '../../../plugin/plugin-options';
import { readComposeReferences } from '../../../plugin/read-compose-references';
import { resolveServicesTarget } from '../../../plugin/resolve-services-target';

export interface ExplicitTargetsInput {
  setups: ComposeSetup[];
  migrations: PlannedMigrations[];
  projectNames: Map<string, string>;
  options: NormalizedPluginOptions;
}

/**
 * The targets the plugin would infer, by project root, built by the same
 * functions from the files in the tree. Their `metadata` is left out: it
 * describes inferred targets in `nx show project`, and would only crowd a
 * hand-edited project.json.
 */
export function buildExplicitTargets(
  tree: Tree,
  { setups, migrations, projectNames, options }: ExplicitTargetsInput,
): Map<string, Record<string, TargetConfiguration>> {
  const byRoot = new Map<string, Record<string, TargetConfiguration>>();
  const add = (root: string, targets: Record<string, TargetConfiguration>) =>
    byRoot.set(root, { ...byRoot.get(root), ...withoutMetadata(targets) });
  const nameOf = (root: string) => projectNames.get(root) ?? root;

  for (const setup of setups) {
    const references = setup.files.flatMap((file) =>
      readReferences(tree, file, posix.dirname(setup.files[0])),
    );
    const projectName = nameOf(setup.projectRoot);
    add(
      setup.projectRoot,
      buildComposeTargets(setup, references, projectName, options),
    );
  }
  for (const found of migrations) {
    const { projectRoot, targetName } = found;
    const services = resolveServicesTarget(projectRoot, setups, options);
    const envFile = posix.join(projectRoot, '.env');
    const target = buildMigrateTarget(found, {
      projectName: nameOf(projectRoot),
      envFile: tree.exists(envFile) ? envFile : undefined,
      services: services && {
        ...services,
        projectName: nameOf(services.projectRoot),
      },
    });
    add(projectRoot, { [targetName]: target });
  }
  return byRoot;
}

function readReferences(
  tree: Tree,
  file: string,
  projectDirectory: string,
): ComposeReferences[] {
  try {
    const data = parseComposeText(tree.read(file, 'utf8') ?? '', file);
    return [readComposeReferences(data, projectDirectory)];
  } catch (error) {
    logger.warn(
      `Could not read ${file} (${(error as Error).message.split('\n')[0]}): the targets written for it take only the compose files as inputs. Fix the YAML, then add its env files and Dockerfiles to their inputs.`,
    );
    return [];
  }
}

function withoutMetadata(
  targets: Record<string, TargetConfiguration>,
): Record<string, TargetConfiguration> {
  const entries = Object.entries(targets).map(([name, target]) => {
    const { metadata: _metadata, ...rest } = target;
    return [name, rest];
  });
  return Object.fromEntries(entries);
}
