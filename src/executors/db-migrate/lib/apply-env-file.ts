import { parse } from 'dotenv';
import { readFileSync } from 'node:fs';

/**
 * Copies the variables of a dotenv file into `env`, leaving alone those
 * already set, and returns a function that removes what it added.
 */
export function applyEnvFile(
  envFilePath: string,
  env: NodeJS.ProcessEnv,
): () => void {
  const variables = parse(readFileSync(envFilePath, 'utf8'));
  const added = Object.keys(variables).filter(
    (name) => env[name] === undefined,
  );
  for (const name of added) env[name] = variables[name];

  return () => {
    for (const name of added) delete env[name];
  };
}
