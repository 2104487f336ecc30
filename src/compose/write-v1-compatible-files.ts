import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseDocument } from 'yaml';
import type { ComposeFile } from './compose-types';

/**
 * Top-level keys of the compose spec that Compose v1 (1.29) rejects as
 * invalid. `name` is taken as the project name before this runs.
 */
const KEYS_V1_REJECTS = ['name'];

export interface CompatibleFiles {
  paths: string[];
  cleanup: () => void;
}

/**
 * Gives Compose v1 copies of the files without the keys it rejects, in a
 * temporary folder. Relative paths inside still resolve, because every
 * command passes the original folder as `--project-directory`.
 */
export function writeV1CompatibleFiles(files: ComposeFile[]): CompatibleFiles {
  const needCopy = files.filter((file) =>
    KEYS_V1_REJECTS.some((key) => key in file.data),
  );
  if (needCopy.length === 0) {
    return { paths: files.map((file) => file.path), cleanup: () => undefined };
  }

  const folder = mkdtempSync(join(tmpdir(), 'twenty-devops-compose-'));
  const paths = files.map((file, index) => {
    if (!needCopy.includes(file)) return file.path;
    const document = parseDocument(file.text);
    for (const key of KEYS_V1_REJECTS) document.delete(key);
    const copy = join(folder, `${index}-${basename(file.path)}`);
    writeFileSync(copy, document.toString());
    return copy;
  });
  return {
    paths,
    cleanup: () => rmSync(folder, { recursive: true, force: true }),
  };
}
