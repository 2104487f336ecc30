/**
 * Writes a workspace-relative path as an Nx input: `{projectRoot}/...` for
 * a file of the project, `{workspaceRoot}/...` for any other.
 */
export function toInputPath(path: string, projectRoot: string): string {
  if (projectRoot === '.') return `{projectRoot}/${path}`;
  if (path.startsWith(`${projectRoot}/`)) {
    return `{projectRoot}/${path.slice(projectRoot.length + 1)}`;
  }
  return `{workspaceRoot}/${path}`;
}
