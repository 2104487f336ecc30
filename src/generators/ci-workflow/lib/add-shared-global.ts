import { readNxJson, updateNxJson, type Tree } from '@nx/devkit';

/**
 * Adds the pipeline file to the `sharedGlobals` named input, when nx.json
 * has one, so that changing CI makes every project affected. An entry that
 * is already there is not added again.
 */
export function addSharedGlobal(tree: Tree, path: string): boolean {
  const nxJson = readNxJson(tree);
  const sharedGlobals = nxJson?.namedInputs?.sharedGlobals;
  if (!nxJson || !Array.isArray(sharedGlobals)) return false;

  const input = `{workspaceRoot}/${path}`;
  if (sharedGlobals.includes(input)) return false;
  updateNxJson(tree, {
    ...nxJson,
    namedInputs: {
      ...nxJson.namedInputs,
      sharedGlobals: [...sharedGlobals, input],
    },
  });
  return true;
}
