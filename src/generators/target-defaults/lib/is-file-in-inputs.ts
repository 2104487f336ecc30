import { convertGlobToRegExp } from '../../../plugin/convert-glob-to-regexp';
import type { WorkspaceTarget } from './target-defaults-types';

/**
 * Whether a workspace file is among a target's own inputs, following the
 * named inputs of nx.json. Like Nx, a target without inputs
 * hashes every file of its project. A negated pattern excludes the file
 * whichever named input it comes from.
 */
export function isFileInInputs(
  file: string,
  target: WorkspaceTarget,
  namedInputs: Record<string, unknown[]>,
): boolean {
  const inputs = target.effective.inputs ?? ['default'];
  const patterns = expandFilesets(inputs, namedInputs, new Set()).map((p) =>
    p
      .replace('{projectRoot}', target.projectRoot)
      .replace('{workspaceRoot}/', ''),
  );
  if (!target.effective.inputs && !('default' in namedInputs))
    patterns.push(`${target.projectRoot}/**/*`);

  const matches = (pattern: string) => convertGlobToRegExp(pattern).test(file);
  const included = patterns.filter((p) => !p.startsWith('!')).some(matches);
  const excluded = patterns
    .filter((p) => p.startsWith('!'))
    .some((p) => matches(p.slice(1)));
  return included && !excluded;
}

function expandFilesets(
  inputs: unknown[],
  namedInputs: Record<string, unknown[]>,
  seen: Set<string>,
): string[] {
  return inputs.flatMap((input) => {
    const text =
      typeof input === 'string'
        ? input
        : (input as { fileset?: unknown })?.fileset;
    if (typeof text !== 'string' || text.startsWith('^')) return [];
    if (text.includes('{projectRoot}') || text.includes('{workspaceRoot}'))
      return [text];
    if (seen.has(text) || !namedInputs[text]) return [];
    return expandFilesets(
      namedInputs[text],
      namedInputs,
      new Set([...seen, text]),
    );
  });
}
