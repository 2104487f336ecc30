import type { ExecutorContext } from '@nx/devkit';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DevopsError } from '../errors/devops-error';
import { readProjectRoot } from '../nx-context/read-project-root';
import type { ComposeFile } from './compose-types';
import { readComposeFile } from './read-compose-file';
import { resolveProjectName } from './resolve-project-name';

/** The options every compose executor shares. */
export interface ComposeOptions {
  composeFiles?: string[];
  projectName?: string;
  projectDirectory?: string;
  envFiles?: string[];
  profiles?: string[];
}

export interface NormalizedCompose {
  workspaceRoot: string;
  files: ComposeFile[];
  projectName: string;
  projectDirectory: string;
  envFiles: string[];
  profiles: string[];
}

/** Compose file names looked for in the project root, in this order. */
export const DEFAULT_COMPOSE_FILE_NAMES = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yaml',
  'docker-compose.yml',
];

/** Resolves paths, reads the compose files and settles the project name. */
export function normalizeComposeOptions(
  options: ComposeOptions,
  context: ExecutorContext,
): NormalizedCompose {
  const workspaceRoot = context.root;
  const paths = findComposeFiles(options.composeFiles, context);
  const files = paths.map((path) => readComposeFile(path, workspaceRoot));
  const envFiles = (options.envFiles ?? []).map((file) =>
    requireFile(workspaceRoot, file, 'envFiles'),
  );

  return {
    workspaceRoot,
    files,
    projectName: resolveProjectName(options.projectName, files, workspaceRoot),
    projectDirectory: options.projectDirectory
      ? resolve(workspaceRoot, options.projectDirectory)
      : dirname(paths[0]),
    envFiles,
    profiles: options.profiles ?? [],
  };
}

function findComposeFiles(
  composeFiles: string[] | undefined,
  context: ExecutorContext,
): string[] {
  if (composeFiles?.length) {
    return composeFiles.map((file) =>
      requireFile(context.root, file, 'composeFiles'),
    );
  }

  const projectRoot = readProjectRoot(context);
  const found = DEFAULT_COMPOSE_FILE_NAMES.map((name) =>
    join(context.root, projectRoot, name),
  ).find((path) => existsSync(path));
  if (found) return [found];

  throw new DevopsError(
    `No compose file in ${projectRoot}: looked for ${DEFAULT_COMPOSE_FILE_NAMES.join(', ')}.`,
    'Add a compose file there, or set the composeFiles option to its path relative to the workspace root.',
  );
}

function requireFile(root: string, file: string, option: string): string {
  const path = resolve(root, file);
  if (existsSync(path)) return path;
  throw new DevopsError(
    `The file "${file}" given in option ${option} does not exist (paths are relative to the workspace root, ${root}).`,
    `Fix the path in the ${option} option, or create the file.`,
  );
}
