import { logger } from '../logging/logger';

/** A module of the workspace's own nx, or undefined when it cannot be loaded. */
export function loadNxModule<T>(root: string, request: string): T | undefined {
  try {
    return require(require.resolve(request, { paths: [root] })) as T;
  } catch (error) {
    logger.verbose(
      `Could not load ${request} from ${root} (${(error as Error).message.split('\n')[0]}).`,
    );
    return undefined;
  }
}
