import { readJson, type Tree } from '@nx/devkit';

export interface NodeVersion {
  version: string;
  /** Where the version came from, for the summary and a comment. */
  source: string;
}

/**
 * The Node version CI sets up: the option, else .nvmrc, .node-version,
 * volta.node and engines.node, in that order, else the newest LTS.
 * setup-node takes ranges such as `^24.5.0` as they are.
 */
export function detectNodeVersion(tree: Tree, option?: string): NodeVersion {
  if (option) return { version: option, source: 'the nodeVersion option' };

  for (const file of ['.nvmrc', '.node-version']) {
    const text = tree.read(file, 'utf8')?.split('\n')[0].trim();
    if (text) return { version: text.replace(/^v(?=\d)/, ''), source: file };
  }

  const manifest = tree.exists('package.json')
    ? readJson(tree, 'package.json')
    : {};
  if (typeof manifest.volta?.node === 'string')
    return { version: manifest.volta.node, source: 'volta.node' };
  if (typeof manifest.engines?.node === 'string')
    return { version: manifest.engines.node, source: 'engines.node' };
  return { version: 'lts/*', source: 'the default' };
}
