import { parse } from 'dotenv';
import { readFileSync } from 'node:fs';

/** What applyEnvFile did: the names it set, and how to undo it. */
export interface AppliedEnvFile {
  applied: string[];
  restore: () => void;
}

/**
 * Copies the variables of a dotenv file into `env`. A variable set in the shell is left alone; one whose
 * value came from a dotenv file Nx loaded by its own naming rules
 * (`nxValues`, such as the project's `.env`) gives way, since the envFile
 * the target names is the more specific choice.
 */
export function applyEnvFile(
  envFilePath: string,
  env: NodeJS.ProcessEnv,
  nxValues: Map<string, Set<string>> = new Map(),
): AppliedEnvFile {
  const variables = parse(readFileSync(envFilePath, 'utf8'));
  const previous = new Map<string, string | undefined>();

  for (const [name, value] of Object.entries(variables)) {
    const current = env[name];
    const fromNx = current !== undefined && nxValues.get(name)?.has(current);
    if (current !== undefined && !fromNx) continue;
    previous.set(name, current);
    env[name] = value;
  }

  return {
    applied: [...previous.keys()],
    restore: () => {
      for (const [name, value] of previous) {
        if (value === undefined) delete env[name];
        else env[name] = value;
      }
    },
  };
}
