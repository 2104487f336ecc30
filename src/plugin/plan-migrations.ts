import { posix } from 'node:path';
import type { LocatedMigrations, PlannedMigrations } from './inference-types';
import { nameTarget } from './name-target';

/**
 * Names the db-migrate target of each data source or SQL folder. In each
 * project, the one given in the plugin options, else the first by path,
 * gets the plain name; the others get `db-migrate:<name>`, such as
 * `db-migrate:metadata` for metadata.datasource.ts.
 */
export function planMigrations(
  found: LocatedMigrations[],
  mapped: Set<string>,
  targetName: string,
): PlannedMigrations[] {
  const ordered = [...found].sort(
    (a, b) =>
      compareText(a.projectRoot, b.projectRoot) ||
      Number(mapped.has(b.path)) - Number(mapped.has(a.path)) ||
      compareText(a.path, b.path),
  );
  const taken = new Set<string>();
  return ordered.map((file, index) => {
    const isFirst = ordered[index - 1]?.projectRoot !== file.projectRoot;
    let name = isFirst
      ? targetName
      : nameTarget(targetName, readDataSourceLabel(file.path));
    for (let count = 2; taken.has(`${file.projectRoot}|${name}`); count += 1) {
      name = `${nameTarget(targetName, readDataSourceLabel(file.path))}-${count}`;
    }
    taken.add(`${file.projectRoot}|${name}`);
    return { ...file, targetName: name };
  });
}

function readDataSourceLabel(path: string): string {
  const name = posix.basename(path);
  return name.replace(/\.datasource\.[cm]?[jt]s$|\.[^.]*$/, '');
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
