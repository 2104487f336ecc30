/**
 * Runs `body` with `dir` as the working directory, then returns to the
 * previous one, whatever happens.
 */
export async function runInDirectory<T>(
  dir: string,
  body: () => Promise<T>,
): Promise<T> {
  const previous = process.cwd();
  process.chdir(dir);
  try {
    return await body();
  } finally {
    process.chdir(previous);
  }
}
