/**
 * Whether a named input reaches `sharedGlobals`, directly or through
 * other named inputs, counting the ones this run adds.
 */
export function reachesSharedGlobals(
  name: string,
  namedInputs: Record<string, unknown[]>,
  seen = new Set<string>(),
): boolean {
  if (name === 'sharedGlobals') return true;
  if (seen.has(name)) return false;
  const inputs = namedInputs[name] ?? ['{projectRoot}/**/*', 'sharedGlobals'];
  return inputs.some(
    (input) =>
      typeof input === 'string' &&
      reachesSharedGlobals(input, namedInputs, new Set([...seen, name])),
  );
}
