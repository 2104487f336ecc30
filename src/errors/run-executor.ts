import { logger } from '../logging/logger';
import { DevopsError } from './devops-error';

export interface ExecutorResult {
  success: boolean;
}

/**
 * Runs an executor body and turns a DevopsError into one error line plus
 * its hint, instead of the stack trace Nx prints for a thrown error.
 */
export async function runExecutor(
  body: () => Promise<ExecutorResult>,
): Promise<ExecutorResult> {
  try {
    return await body();
  } catch (error) {
    if (!(error instanceof DevopsError)) throw error;
    logger.error(`${error.message}\n${error.hint}`);
    return { success: false };
  }
}
