import { classifyTargetName } from './classify-target-name';
import { findEnvFilesRead } from './find-env-files-read';
import { isExecutorKey } from './is-executor-key';
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

// tsc, test runners and linters read no Markdown, so a README edit need
// not rebuild or re-check anything.
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
        targets.length || kind === 'side-effect'
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
      return { cache: false };
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
    case 'build':
      return {
        cache: true,
        inputs: inputs('production', markdown),
        outputs: proposeOutputs('build', targets, view),
        dependsOn: hasBuildingDependency(name, targets, view)
          ? ['^build']
          : undefined,
      };
    case 'test':
      return {
        cache: true,
        inputs: inputs('default'),
        outputs: proposeOutputs('test', targets, view),
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

/** Whether a project with this build target depends on a project with a build. */
function hasBuildingDependency(
  name: string,
  targets: WorkspaceTarget[],
  view: WorkspaceView,
): boolean {
  const building = new Set(
    view.targets.filter((t) => t.name === name).map((t) => t.project),
  );
  return targets.some((target) =>
    target.dependencies.some((project) => building.has(project)),
  );
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
