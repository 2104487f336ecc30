import type { Tree } from '@nx/devkit';
import { posix } from 'node:path';
import type { ServiceContext } from './find-service-targets';

const defaultNames = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yaml',
  'docker-compose.yml',
];

/**
 * The compose files a docker-up task starts: its `composeFiles` option,
 * else (as the inference plugin does) the `servicesFrom` file or folder of
 * its project, else the project's own compose file.
 */
export function findComposeFiles(
  tree: Tree,
  context: ServiceContext,
  node: { project: string; target: string },
): string[] {
  const project = context.projects.get(node.project);
  const options = project?.targets?.[node.target]?.options ?? {};
  if (Array.isArray(options.composeFiles)) return options.composeFiles;

  const root = project?.root ?? '.';
  const from = context.servicesFrom[root];
  if (from && /\.ya?ml$/.test(from)) return [from];
  const folder = from ?? root;

  const names = tree.children(folder);
  const known = defaultNames.find((name) => names.includes(name));
  const other = names
    .filter((name) => /compose[^/]*\.ya?ml$/.test(name))
    .sort()[0];
  const chosen = known ?? other;
  return chosen ? [posix.join(folder, chosen)] : [];
}
