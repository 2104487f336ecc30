import type { Tree } from '@nx/devkit';
import { DevopsError } from '../../../errors/devops-error';
import { GENERATED_MARKER } from './generated-marker';

/**
 * Writes the pipeline file unless it would change nothing. A file that
 * exists without the marker line was written by someone else: it is only
 * replaced with `force`.
 */
export function writeGeneratedFile(
  tree: Tree,
  path: string,
  text: string,
  force: boolean,
): boolean {
  const current = tree.read(path, 'utf8');
  if (current === text) return false;
  if (current !== null && !current.includes(GENERATED_MARKER) && !force) {
    throw new DevopsError(
      `${path} exists and was not written by @twenty/devops:ci-workflow, so it was left as it is.`,
      `Move it aside, give the workflow another name with --name, or replace it with --force.`,
    );
  }
  tree.write(path, text);
  return true;
}
