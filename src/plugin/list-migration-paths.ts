import type { ProjectMigrationFiles } from './inference-types';

/** The paths of a project's migration files, each its own entry for Nx. */
export function listMigrationPaths(files: ProjectMigrationFiles): string[] {
  return [
    ...files.mapped.map((found) => found.path),
    ...files.dataSourceCandidates,
    ...files.sqlFolders,
  ];
}
