import { getProjects, visitNotIgnoredFiles, type Tree } from '@nx/devkit';
import { posix } from 'node:path';
import { createComposeFileMatcher } from '../../../plugin/create-compose-file-matcher';
import { hasDataSourceExport } from '../../../plugin/has-data-source-export';
import type {
  LocatedFile,
  LocatedMigrations,
} from '../../../plugin/inference-types';
import { isSqlMigrationFile } from '../../../plugin/is-sql-migration-file';
import { listTargetExecutors } from './list-target-executors';

/** What the generator found in the workspace, before naming targets. */
export interface TreeScan {
  composeFiles: LocatedFile[];
  /** TypeORM data sources and folders of SQL migrations. */
  migrations: LocatedMigrations[];
  /** Project root → project name. */
  projectNames: Map<string, string>;
  /**
   * Project name → the names of its targets and their executors, from
   * project.json, package.json and the cached project graph.
   */
  targetExecutors: Map<string, Map<string, string | undefined>>;
}

/**
 * Finds the compose files, TypeORM data sources and SQL migration folders
 * the plugin would find,
 * each with the project that holds it (the deepest project root above it),
 * and the targets the projects already have.
 */
export function scanTree(tree: Tree): TreeScan {
  const projects = getProjects(tree);
  const projectNames = new Map(
    [...projects].map(([name, project]) => [project.root, name]),
  );
  const roots = [...projectNames.keys()].sort((a, b) => b.length - a.length);
  const locate = (path: string): LocatedFile[] => {
    const projectRoot = roots.find(
      (root) => root === '.' || path.startsWith(`${root}/`),
    );
    return projectRoot === undefined ? [] : [{ path, projectRoot }];
  };

  const isComposeFile = createComposeFileMatcher([]);
  const composeFiles: LocatedFile[] = [];
  const dataSources: LocatedFile[] = [];
  const sqlFolders = new Set<string>();
  visitNotIgnoredFiles(tree, '.', (path) => {
    if (isComposeFile(path)) composeFiles.push(...locate(path));
    if (isDataSource(tree, path)) dataSources.push(...locate(path));
    if (isSqlMigrationFile(path)) sqlFolders.add(posix.dirname(path));
  });
  const migrations: LocatedMigrations[] = [
    ...dataSources.map((file) => ({ ...file, kind: 'typeorm' as const })),
    ...[...sqlFolders]
      .flatMap(locate)
      .map((folder) => ({ ...folder, kind: 'sql' as const })),
  ];

  const targetExecutors = listTargetExecutors(tree, projects);
  return { composeFiles, migrations, projectNames, targetExecutors };
}

function isDataSource(tree: Tree, path: string): boolean {
  if (!posix.basename(path).endsWith('.datasource.ts')) return false;
  return hasDataSourceExport(tree.read(path, 'utf8') ?? '');
}
