import { parse } from 'dotenv';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface NxTask {
  /** The workspace root, absolute. */
  root: string;
  /** The project root, relative to the workspace root. */
  projectRoot: string;
  targetName: string;
  configurationName?: string;
}

/**
 * Every value that the dotenv files Nx loads for this task give each
 * variable. Nx (21 to 24) puts `.env`, `.env.local`, `.env.<target>`,
 * `.env.<configuration>` and their variants of the project root and of the
 * workspace root into a task's environment before the executor starts, so
 * the executor cannot tell those values from the shell's by looking.
 */
export function readNxDotenvValues(task: NxTask): Map<string, Set<string>> {
  const values = new Map<string, Set<string>>();
  for (const path of listNxDotenvFiles(task)) {
    if (!existsSync(path)) continue;
    for (const [name, value] of Object.entries(
      parse(readFileSync(path, 'utf8')),
    )) {
      values.set(name, (values.get(name) ?? new Set()).add(value));
    }
  }
  return values;
}

function listNxDotenvFiles(task: NxTask): string[] {
  const { targetName, configurationName } = task;
  const identifiers = configurationName
    ? [`${targetName}.${configurationName}`, configurationName, targetName]
    : [targetName];
  const names = [
    ...identifiers.flatMap((id) => [
      `.env.${id}.local`,
      `.env.${id}`,
      `.${id}.local.env`,
      `.${id}.env`,
    ]),
    '.env.local',
    '.local.env',
    '.env',
  ];
  const folders = [join(task.root, task.projectRoot), task.root];
  return folders.flatMap((folder) => names.map((name) => join(folder, name)));
}
