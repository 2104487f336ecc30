import { classifyTargetName } from './classify-target-name';
import { findEnvFilesRead } from './find-env-files-read';
import { isExecutorKey } from './is-executor-key';
import { isUncachedKind } from './is-uncached-kind';
import { reachesSharedGlobals } from './reaches-shared-globals';
import { proposeOutputs } from './propose-outputs';
import { proposeWiring } from './propose-wiring';
import type {
  ProposedDefault,
  TargetKind,
  WorkspaceTarget,
  WorkspaceView,
} from './target-defaults-types';

export interface Proposal {
  name: string;
  kind: TargetKind;
  targets: WorkspaceTarget[];
  values: ProposedDefault;
}

// tsc reads no Markdown, so a README edit need not rebuild or re-check
// types. Tests and linters keep hashing it: a test may read a Markdown
// file, and formatters such as oxfmt check it.
const markdown = '!{projectRoot}/**/*.md';
const lintConfigs = [
  '.eslintrc.json',
  'eslint.config.js',
  'eslint.config.mjs',
  'eslint.config.cjs',
  '.oxlintrc.json',
];

/**
 * The defaults proposed for each target name of the workspace, from what
 * kind of target it is. Names of unknown kind get nothing.
 */
export function proposeTargetDefaults(
  view: WorkspaceView,
  namedInputs: Record<string, unknown[]>,
): Proposal[] {
  const byName = new Map<string, WorkspaceTarget[]>();
  for (const target of view.targets)
    byName.set(target.name, [...(byName.get(target.name) ?? []), target]);
  // A key no project uses yet still matters when it caches a side effect.
  for (const key of Object.keys(view.targetDefaults))
    if (!byName.has(key) && !isExecutorKey(key) && !/[*?{]/.test(key))
      byName.set(key, []);

  return [...byName.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, targets]) => {
      const kind = classifyTargetName(name, targets);
      const values =
        targets.length || isUncachedKind(kind)
          ? proposeValues(kind, name, targets, view, namedInputs)
          : {};
      return { name, kind, targets, values: dropUndefined(values) };
    })
    .filter((proposal) => Object.keys(proposal.values).length > 0);
}

function proposeValues(
  kind: TargetKind,
  name: string,
  targets: WorkspaceTarget[],
  view: WorkspaceView,
  namedInputs: Record<string, unknown[]>,
): ProposedDefault {
  const inputs = (base: string, ...extra: string[]) => [
    base,
    '^production',
    ...(reachesSharedGlobals(base, namedInputs) ? [] : ['sharedGlobals']),
    ...extra,
    ...proposeEnvInputs(targets),
  ];
  switch (kind) {
    case 'side-effect':
    case 'impure':
      return { cache: false };
    case 'database':
      return { cache: false, parallelism: false };
    case 'db-migrate':
      return {
        cache: false,
        parallelism: false,
        dependsOn: proposeWiring(targets, 'docker-up', view),
      };
    case 'integration-test':
      return {
        cache: false,
        parallelism: false,
        dependsOn: proposeWiring(targets, 'db-migrate', view),
      };
    case 'build': {
      const { outputs, unknown } = proposeOutputs('build', targets, view);
      const dependsOn = proposeBuildDependsOn(name, targets, view);
      // Caching a build whose outputs are a guess gives hits that restore
      // nothing; findUnknownBuildOutputs asks the user for them instead.
      if (unknown.length) return { dependsOn };
      return {
        cache: true,
        inputs: inputs('production', markdown),
        outputs,
        dependsOn,
      };
    }
    case 'test':
      return {
        cache: true,
        inputs: inputs('default'),
        outputs: proposeOutputs('test', targets, view).outputs,
      };
    case 'typecheck':
      return { cache: true, inputs: inputs('default', markdown) };
    case 'lint':
      return {
        cache: true,
        inputs: [
          'default',
          ...(reachesSharedGlobals('default', namedInputs)
            ? []
            : ['sharedGlobals']),
          ...lintConfigs
            .filter((file) => view.exists(file))
            .map((file) => `{workspaceRoot}/${file}`),
        ],
      };
    default:
      return {};
  }
}

/**
 * `^build` when a dependency of these targets' projects has a build. A
 * build-like target of another name, such as `build:packageJson`, needs its
 * dependencies built too; `^<name>` is added only for dependencies that
 * have that target but no `build`, since Nx skips a `^` entry quietly on
 * projects that lack the target.
 */
function proposeBuildDependsOn(
  name: string,
  targets: WorkspaceTarget[],
  view: WorkspaceView,
): string[] | undefined {
  const projectsWith = (target: string) =>
    new Set(
      view.targets.filter((t) => t.name === target).map((t) => t.project),
    );
  const building = projectsWith('build');
  const named = projectsWith(name);
  const dependencies = targets.flatMap((target) => target.dependencies);

  const entries = [
    ...(dependencies.some((p) => building.has(p)) ? ['^build'] : []),
    ...(name !== 'build' &&
    dependencies.some((p) => named.has(p) && !building.has(p))
      ? [`^${name}`]
      : []),
  ];
  return entries.length ? entries : undefined;
}

/** Env files the targets read, as inputs; `{projectRoot}/…` when they agree. */
function proposeEnvInputs(targets: WorkspaceTarget[]): string[] {
  const inputs = targets.flatMap((target) =>
    findEnvFilesRead(target).map((file) =>
      file.startsWith(`${target.projectRoot}/`)
        ? `{projectRoot}/${file.slice(target.projectRoot.length + 1)}`
        : `{workspaceRoot}/${file}`,
    ),
  );
  return [...new Set(inputs)].sort();
}

function dropUndefined(values: ProposedDefault): ProposedDefault {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined),
  );
}
