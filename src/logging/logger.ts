/**
 * The devkit logger's conventions (plain info, yellow warnings, red errors,
 * verbose only with NX_VERBOSE_LOGGING) without importing `@nx/devkit`,
 * which costs more start-up time than a whole already-up docker-up: the
 * `twenty-devops` bin and the benchmarks run outside Nx, where nothing has
 * loaded it yet.
 */
export const logger = {
  info: (message: string) => console.info(message),
  warn: (message: string) => console.warn(paint(message, '33')),
  error: (message: string) => console.error(paint(message, '1;31')),
  verbose: (message: string) => {
    if (process.env.NX_VERBOSE_LOGGING === 'true') console.warn(message);
  },
};

function paint(message: string, code: string): string {
  const colors =
    process.env.FORCE_COLOR !== '0' &&
    !process.env.NO_COLOR &&
    (Boolean(process.env.FORCE_COLOR) || process.stderr.isTTY);
  return colors ? `\u001b[${code}m${message}\u001b[0m` : message;
}
