import { parse } from 'dotenv';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { NormalizedOptions } from './normalize-options';

/**
 * Where the value of each databaseUrlEnv variable came from, for messages:
 * the target's envFile, a dotenv file Nx loaded for the task (`nxValues`),
 * or else the environment the task was started in. Call it once the
 * envFile has been applied.
 */
export function describeVariableOrigins(
  options: Pick<NormalizedOptions, 'databaseUrlEnv' | 'envFilePath' | 'root'>,
  env: NodeJS.ProcessEnv,
  nxValues: Map<string, Set<string>>,
): Map<string, string> {
  const fromEnvFile = options.envFilePath
    ? parse(readFileSync(options.envFilePath, 'utf8'))
    : {};
  const origins = new Map<string, string>();
  for (const name of options.databaseUrlEnv) {
    const value = env[name];
    if (value === undefined) continue;
    if (options.envFilePath && fromEnvFile[name] === value) {
      const shown = relative(options.root, options.envFilePath);
      origins.set(name, `the ${name} variable of ${shown}`);
    } else if (nxValues.get(name)?.has(value)) {
      origins.set(name, `the ${name} variable of a .env file Nx loaded`);
    }
  }
  return origins;
}
