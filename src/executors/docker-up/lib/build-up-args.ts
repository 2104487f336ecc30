import type { ComposeCli } from '../../../compose/compose-types';
import type { NormalizedDockerUpOptions } from './normalize-options';

type UpOptions = Pick<
  NormalizedDockerUpOptions,
  'services' | 'build' | 'pull' | 'forceRecreate' | 'removeOrphans'
>;

/**
 * The `up` subcommand. Translating options into compose flags happens here
 * and nowhere else. Compose v1 has no `--pull`: `always` is a separate
 * `pull` step for both versions, and `never` only reaches v2.
 */
export function buildUpArgs(cli: ComposeCli, options: UpOptions): string[] {
  return [
    'up',
    '--detach',
    ...(options.build ? ['--build'] : []),
    ...(options.forceRecreate ? ['--force-recreate'] : []),
    ...(options.removeOrphans ? ['--remove-orphans'] : []),
    ...(cli.version === 2 && options.pull === 'never'
      ? ['--pull', 'never']
      : []),
    ...options.services,
  ];
}
