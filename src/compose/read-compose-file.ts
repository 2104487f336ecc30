import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { YAMLException, loadAll } from 'js-yaml';
import { DevopsError } from '../errors/devops-error';
import { COMPOSE_SCHEMA, dropReset } from './compose-yaml-schema';
import type { ComposeFile } from './compose-types';

/**
 * Reads and parses one compose file. A YAML mistake is reported with the
 * file, line and column, before compose ever sees the file.
 */
export function readComposeFile(
  path: string,
  workspaceRoot: string,
): ComposeFile {
  const text = readFileSync(path, 'utf8');
  const shown = relative(workspaceRoot, path) || path;
  return { path, text, data: parseComposeText(text, shown) };
}

/**
 * Parses the text of a compose file, `shown` as it is named in errors:
 * one YAML document whose top level is a mapping.
 */
export function parseComposeText(
  text: string,
  shown: string,
): Record<string, unknown> {
  const documents = parseYaml(text, shown);
  if (documents.length > 1) {
    throw new DevopsError(
      `Compose file ${shown} holds ${documents.length} YAML documents, separated by ---; @twenty/devops (like Compose v1) reads one document per file.`,
      `Split ${shown} into one compose file per document, and list them in order in composeFiles.`,
    );
  }
  const data = dropReset(documents[0]);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new DevopsError(
      `Compose file ${shown} is not a mapping of top-level keys.`,
      `Give ${shown} a top-level \`services:\` key.`,
    );
  }
  return data as Record<string, unknown>;
}

// Every document, so that an empty file reads as no mapping rather than
// as a YAML mistake.
function parseYaml(text: string, shown: string): unknown[] {
  try {
    return loadAll(text, { schema: COMPOSE_SCHEMA, filename: shown });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const { mark } = error;
    const where = mark ? `${shown}:${mark.line + 1}:${mark.column + 1}` : shown;
    const at = mark ? `the YAML at line ${mark.line + 1} of` : 'the YAML of';
    throw new DevopsError(
      `Malformed YAML in compose file ${where}: ${error.reason}`,
      `Fix ${at} ${shown}, then run the nx command again.`,
    );
  }
}
