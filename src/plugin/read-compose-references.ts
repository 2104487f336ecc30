import { posix } from 'node:path';
import type { ComposeReferences } from './inference-types';
import { normalizeWorkspacePath } from './normalize-workspace-path';

type Entry = Record<string, unknown>;

/**
 * Lists the env files (`env_file:`) and Dockerfiles (`build:`) that a
 * parsed compose file's services point at, relative to the workspace root.
 * Relative paths resolve against `projectDirectory`, the folder of the
 * first compose file, as compose resolves them. Paths with variables, URLs
 * and paths outside the workspace are left out: they cannot be inputs.
 */
export function readComposeReferences(
  data: Record<string, unknown>,
  projectDirectory: string,
): ComposeReferences {
  const services = isEntry(data.services) ? data.services : {};
  const references: ComposeReferences = {
    envFiles: [],
    dockerfiles: [],
    services: Object.keys(services),
  };

  for (const service of Object.values(services).filter(isEntry)) {
    for (const file of listEnvFiles(service.env_file)) {
      pushResolved(references.envFiles, projectDirectory, file);
    }
    const dockerfile = findDockerfile(service.build);
    if (dockerfile) {
      pushResolved(references.dockerfiles, projectDirectory, dockerfile);
    }
  }
  return references;
}

function listEnvFiles(envFile: unknown): string[] {
  const entries = Array.isArray(envFile) ? envFile : [envFile];
  return entries
    .map((entry) => (isEntry(entry) ? entry.path : entry))
    .filter((path): path is string => typeof path === 'string');
}

function findDockerfile(build: unknown): string | undefined {
  const spec = typeof build === 'string' ? { context: build } : build;
  if (!isEntry(spec) || 'dockerfile_inline' in spec) return undefined;

  const context = typeof spec.context === 'string' ? spec.context : '.';
  if (/^[a-z][a-z0-9+.-]*:\/\/|^git@|^github\.com\//i.test(context)) {
    return undefined;
  }
  const dockerfile =
    typeof spec.dockerfile === 'string' ? spec.dockerfile : 'Dockerfile';
  if (posix.isAbsolute(dockerfile)) return undefined;
  return posix.join(context, dockerfile);
}

function pushResolved(list: string[], directory: string, path: string): void {
  if (path.includes('$') || posix.isAbsolute(path)) return;
  const resolved = normalizeWorkspacePath(posix.join(directory, path));
  if (resolved === '..' || resolved.startsWith('../')) return;
  if (!list.includes(resolved)) list.push(resolved);
}

function isEntry(value: unknown): value is Entry {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
