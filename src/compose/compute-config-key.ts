import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NormalizedCompose } from './normalize-compose-options';

/**
 * A hash of everything that decides what `up` would do: the compose files,
 * the env files and `.env` they are interpolated from, the values of the
 * variables they mention, and the options. Only the hash is ever stored.
 */
export function computeConfigKey(
  compose: NormalizedCompose,
  options: Record<string, unknown>,
): string {
  const hash = createHash('sha256');
  const add = (text: string) => hash.update(`${text.length}:${text}`);

  add(
    JSON.stringify([
      compose.projectName,
      compose.projectDirectory,
      compose.profiles,
      options,
    ]),
  );
  for (const file of compose.files) add(`${file.path}\n${file.text}`);

  const dotEnv = join(compose.projectDirectory, '.env');
  for (const path of [...compose.envFiles, dotEnv]) {
    add(existsSync(path) ? readFileSync(path, 'utf8') : '');
  }
  for (const name of findVariableNames(compose.files.map((f) => f.text))) {
    add(`${name}=${process.env[name] ?? ''}`);
  }
  return hash.digest('hex');
}

function findVariableNames(texts: string[]): string[] {
  const names = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
      names.add(match[1]);
    }
  }
  return [...names].sort();
}
