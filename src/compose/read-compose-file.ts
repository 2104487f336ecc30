import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { isMap, parseDocument } from 'yaml';
import { DevopsError } from '../errors/devops-error';
import type { ComposeFile } from './compose-types';

/**
 * Reads and parses one compose file. A YAML mistake is reported with the
 * file, line and column, before compose ever sees the file.
 */
export function readComposeFile(
  path: string,
  workspaceRoot: string,
): ComposeFile {
  const shown = relative(workspaceRoot, path) || path;
  const text = readFileSync(path, 'utf8');
  const document = parseDocument(text);

  const [error] = document.errors;
  if (error) {
    const at = error.linePos?.[0];
    const where = at ? `${shown}:${at.line}:${at.col}` : shown;
    throw new DevopsError(
      `Malformed YAML in compose file ${where}: ${firstLine(error.message)}`,
      `Fix the YAML at line ${at?.line ?? '?'} of ${shown}, then run the nx command again.`,
    );
  }
  if (!isMap(document.contents)) {
    throw new DevopsError(
      `Compose file ${shown} is not a mapping of top-level keys.`,
      `Give ${shown} a top-level \`services:\` key.`,
    );
  }
  return { path, text, data: document.toJS() as Record<string, unknown> };
}

function firstLine(text: string): string {
  const line = text.split('\n')[0].trim();
  return line.replace(/ at line \d+, column \d+:?$/, '');
}
