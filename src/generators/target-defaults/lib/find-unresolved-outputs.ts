import type { Finding, WorkspaceView } from './target-defaults-types';

/**
 * Outputs such as `{options.outputPath}` naming an option the target does
 * not have: Nx drops them, so a cache hit restores nothing.
 */
export function findUnresolvedOutputs(view: WorkspaceView): Finding[] {
  return view.targets.flatMap((target) => {
    const {
      options = {},
      configurations = {},
      outputs = [],
    } = target.effective;
    const known = (option: string) =>
      [options, ...Object.values(configurations)].some(
        (set) => (set as Record<string, unknown>)?.[option] !== undefined,
      );
    return outputs.flatMap((output) =>
      [...output.matchAll(/\{options\.([^}]+)\}/g)]
        .filter((match) => !known(match[1]))
        .map((match) => ({
          target: `${target.project}:${target.name}`,
          problem: `output "${output}" resolves to nothing: the target has no "${match[1]}" option, so a cache hit restores none of its files`,
          fix: 'list the folder the target writes instead, such as "{projectRoot}/dist", in its target default or project.json',
          status: 'open' as const,
        })),
    );
  });
}
