import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DevopsError } from '../errors/devops-error';
import type { ComposeFile } from './compose-types';
import { sanitizeProjectName } from './sanitize-project-name';

/**
 * The compose project name, in compose's own order of precedence: the
 * option, then COMPOSE_PROJECT_NAME, then the files' top-level `name:` (the
 * last file that sets it wins, as compose merges). Where compose would fall
 * back to the folder name, we use the workspace's package name (its scope
 * included) and the folder name.
 */
export function resolveProjectName(
  explicit: string | undefined,
  files: ComposeFile[],
  workspaceRoot: string,
): string {
  if (explicit !== undefined)
    return checkExplicitName(explicit, 'Option projectName');
  const fromEnv = process.env.COMPOSE_PROJECT_NAME;
  if (fromEnv) return checkExplicitName(fromEnv, 'COMPOSE_PROJECT_NAME');

  const named = files
    .map((file) => file.data.name)
    .filter(isText)
    .pop();
  if (named) return sanitizeProjectName(named);

  const workspace = readWorkspaceName(workspaceRoot);
  const folder = dirname(files[0].path);
  const parts =
    folder === workspaceRoot ? [workspace] : [workspace, basename(folder)];
  return sanitizeProjectName(parts.join('-'));
}

function checkExplicitName(name: string, source: string): string {
  const valid = sanitizeProjectName(name);
  if (valid === name) return name;
  throw new DevopsError(
    `${source} "${name}" is not a valid compose project name: use only lower-case letters, digits, "_" and "-", starting with a letter or digit.`,
    `Set ${source.replace('Option ', '')} to "${valid}".`,
  );
}

function readWorkspaceName(workspaceRoot: string): string {
  const manifest = join(workspaceRoot, 'package.json');
  if (existsSync(manifest)) {
    const name = JSON.parse(readFileSync(manifest, 'utf8')).name;
    // The scope stays: every create-nx-workspace root is `@<scope>/source`,
    // and dropping it would give unrelated workspaces the same project.
    if (isText(name)) return name.replace(/^@([^/]+)\//, '$1-');
  }
  return basename(workspaceRoot);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}
