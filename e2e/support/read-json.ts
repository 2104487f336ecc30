import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Parses a JSON file of the workspace. */
export function readJson(workspace: string, path: string) {
  return JSON.parse(readFileSync(join(workspace, path), 'utf8'));
}
