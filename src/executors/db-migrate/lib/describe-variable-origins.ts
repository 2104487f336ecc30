import { relative } from 'node:path';
import type { NormalizedOptions } from './normalize-options';

/**
 * Where the value of each databaseUrlEnv variable came from, for messages:
 * the target's envFile (`fromEnvFile`, the names applyEnvFile set), a
 * dotenv file Nx loaded for the task (`nxValues`), or else the environment
 * the task was started in, which gets no entry.
 */
export function describeVariableOrigins(
  options: Pick<NormalizedOptions, 'databaseUrlEnv' | 'envFilePath' | 'root'>,
  env: NodeJS.ProcessEnv,
  nxValues: Map<string, Set<string>>,
  fromEnvFile: string[],
): Map<string, string> {
  const origins = new Map<string, string>();
  for (const name of options.databaseUrlEnv) {
    const value = env[name];
    if (value === undefined) continue;
    if (options.envFilePath && fromEnvFile.includes(name)) {
      const shown = relative(options.root, options.envFilePath);
      origins.set(name, `the ${name} variable of ${shown}`);
    } else if (nxValues.get(name)?.has(value)) {
      origins.set(name, `the ${name} variable of a .env file Nx loaded`);
    }
  }
  return origins;
}
