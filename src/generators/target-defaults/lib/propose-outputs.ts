import { joinPathFragments } from '@nx/devkit';
import type { WorkspaceTarget, WorkspaceView } from './target-defaults-types';

const outputOptions: Record<'build' | 'test', string[]> = {
  build: ['outputPath', 'outputDir', 'outDir'],
  test: ['coverageDirectory', 'reportsDirectory'],
};
const tscProject = /\btsc\b[^&|;]*?(?:-p|--project)\s+(\S+)/;

/**
 * The outputs of build or test targets, from their executor's options: an
 * option that every one of them sets becomes `{options.<name>}`; else the
 * `outDir` of the tsconfig a `tsc -p` command builds; else the usual
 * `{projectRoot}/dist` or `{projectRoot}/coverage`. Undefined when the
 * targets disagree.
 */
export function proposeOutputs(
  kind: 'build' | 'test',
  targets: WorkspaceTarget[],
  view: WorkspaceView,
): string[] | undefined {
  const option = outputOptions[kind].find((name) =>
    targets.every((target) => readOption(target, name) !== undefined),
  );
  if (option) return [`{options.${option}}`];

  const folders = targets.map((target) =>
    kind === 'build' ? readTscOutDir(target, view) : undefined,
  );
  const folder = folders[0] ?? (kind === 'build' ? 'dist' : 'coverage');
  if (folders.some((other) => (other ?? folder) !== folder)) return undefined;
  return [`{projectRoot}/${folder}`];
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
