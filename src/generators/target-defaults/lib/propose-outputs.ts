import { joinPathFragments } from '@nx/devkit';
import type { WorkspaceTarget, WorkspaceView } from './target-defaults-types';

const outputOptions: Record<'build' | 'test', string[]> = {
  build: ['outputPath', 'outputDir', 'outDir'],
  test: ['coverageDirectory', 'reportsDirectory'],
};
const tscProject = /\btsc\b[^&|;]*?(?:-p|--project)\s+(\S+)/;

export interface ProposedOutputs {
  /** The outputs a default can give; undefined when none is needed. */
  outputs?: string[];
  /** Build targets nothing says the output folder of. */
  unknown: WorkspaceTarget[];
}

/**
 * The outputs of build or test targets, from their executor's options: an
 * option that every one of them sets becomes `{options.<name>}`; else, for
 * builds, the `outDir` of the tsconfig a `tsc -p` command builds. A build
 * without outputs of its own (from its project, a plugin or nx.json) and
 * without such a folder is `unknown`: guessing `{projectRoot}/dist` would
 * let a cache hit restore nothing for a build that writes elsewhere. Tests
 * fall back to `{projectRoot}/coverage`: their result is the log, and a
 * missing coverage folder restores as nothing.
 */
export function proposeOutputs(
  kind: 'build' | 'test',
  targets: WorkspaceTarget[],
  view: WorkspaceView,
): ProposedOutputs {
  const option = outputOptions[kind].find((name) =>
    targets.every((target) => readOption(target, name) !== undefined),
  );
  if (option) return { outputs: [`{options.${option}}`], unknown: [] };
  if (kind === 'test')
    return { outputs: ['{projectRoot}/coverage'], unknown: [] };

  // Builds with outputs of their own, or kept uncached by their project,
  // need none from the default.
  const open = targets.filter(
    (target) =>
      !target.effective.outputs?.length && target.declared?.cache !== false,
  );
  const folders = open.map((target) => readTscOutDir(target, view));
  if (folders.length === 0) return { unknown: [] };
  const unread = open.filter((_, index) => folders[index] === undefined);
  if (unread.length) return { unknown: unread };
  // One default cannot name two folders: each build must list its own.
  if (folders.some((folder) => folder !== folders[0])) return { unknown: open };
  return { outputs: [`{projectRoot}/${folders[0]}`], unknown: [] };
}

function readOption(target: WorkspaceTarget, name: string): unknown {
  return (target.effective.options as Record<string, unknown> | undefined)?.[
    name
  ];
}

/** outDir of the tsconfig in `tsc -p <file>`, relative to the project root. */
function readTscOutDir(
  target: WorkspaceTarget,
  view: WorkspaceView,
): string | undefined {
  const options = (target.effective.options ?? {}) as Record<string, unknown>;
  const command = [options.command, options.commands].flat().join(' ');
  const project = tscProject.exec(command)?.[1];
  if (!project) return undefined;

  const cwd = String(options.cwd ?? '').replace(
    '{projectRoot}',
    target.projectRoot,
  );
  const path = joinPathFragments(cwd, project.replace(/^['"]|['"]$/g, ''));
  const file = path.endsWith('.json')
    ? path
    : joinPathFragments(path, 'tsconfig.json');
  try {
    const outDir = JSON.parse(view.read(file) ?? '{}').compilerOptions?.outDir;
    if (typeof outDir !== 'string') return undefined;
    const absolute = joinPathFragments(file, '..', outDir);
    return absolute.startsWith(`${target.projectRoot}/`)
      ? absolute.slice(target.projectRoot.length + 1)
      : undefined;
  } catch {
    return undefined;
  }
}
