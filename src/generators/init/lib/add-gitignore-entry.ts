import type { Tree } from '@nx/devkit';

const ENTRY = '.nx/workspace-data';
const COVERING = ['.nx', '.nx/*', ENTRY].flatMap((line) => [
  line,
  `/${line}`,
  `${line}/`,
  `/${line}/`,
]);

/**
 * Makes git ignore `.nx/workspace-data`, where the plugin keeps its cache
 * of inferred targets and docker-up its record of running services,
 * unless a line of .gitignore covers it already.
 */
export function addGitignoreEntry(tree: Tree): boolean {
  const text = tree.read('.gitignore', 'utf8') ?? '';
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  if (lines.some((line) => COVERING.includes(line))) return false;

  const separator = text === '' || text.endsWith('\n') ? '' : '\n';
  tree.write('.gitignore', `${text}${separator}${ENTRY}\n`);
  return true;
}
