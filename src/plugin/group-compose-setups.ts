import { posix } from 'node:path';
import type { ComposeSetup, LocatedFile } from './inference-types';

// The same names, in the same order, as DEFAULT_COMPOSE_FILE_NAMES in
// src/compose. Not imported from there: that module loads the compose
// reader and its YAML parser, which warm inference never needs.
const BASE_FILE_NAMES = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yaml',
  'docker-compose.yml',
];

const OVERRIDE_FILE = /^(?:docker-)?compose\.override\.ya?ml$/;
const VARIANT_FILE = /^(?:docker-)?compose\.(.+)\.ya?ml$/;

interface DraftSetup {
  files: string[];
  label: string;
}

/**
 * Sorts each project's compose files into setups the way `docker compose`
 * reads them: in one folder, the base file (compose.yaml first, as compose
 * picks it) with its override file makes one setup; every other file, such
 * as docker-compose.dev.yml, is a setup of its own labelled `dev`. Files in
 * a sub-folder get the folder in their label. The project's main setup,
 * which gets the plain target names, is the base file in the project root,
 * else the first setup.
 */
export function groupComposeSetups(files: LocatedFile[]): ComposeSetup[] {
  const byProject = groupBy(files, (file) => file.projectRoot);
  return [...byProject.keys()].sort().flatMap((projectRoot) => {
    const paths = byProject.get(projectRoot)!.map((file) => file.path);
    return labelSetups(projectRoot, draftProjectSetups(projectRoot, paths));
  });
}

function draftProjectSetups(
  projectRoot: string,
  paths: string[],
): DraftSetup[] {
  const byFolder = groupBy(paths, (path) => posix.dirname(path));
  return [...byFolder.keys()]
    .map((folder) => posix.relative(projectRoot, folder))
    .sort()
    .flatMap((folder) =>
      draftFolderSetups(
        folder.replace(/\//g, '-'),
        byFolder.get(posix.join(projectRoot, folder))!,
      ),
    );
}

function draftFolderSetups(folderLabel: string, paths: string[]): DraftSetup[] {
  const rank = (path: string) => BASE_FILE_NAMES.indexOf(posix.basename(path));
  const bases = paths.filter((path) => rank(path) >= 0);
  bases.sort((a, b) => rank(a) - rank(b));
  const overrides = paths.filter((path) =>
    OVERRIDE_FILE.test(posix.basename(path)),
  );
  const others = paths.filter(
    (path) => !overrides.includes(path) && path !== bases[0],
  );

  const drafts: DraftSetup[] = [];
  if (bases.length) {
    drafts.push({ files: [bases[0], ...overrides.sort()], label: folderLabel });
  } else {
    others.push(...overrides);
  }
  for (const path of others.sort()) {
    const label = readVariantLabel(posix.basename(path));
    drafts.push({
      files: [path],
      label: folderLabel ? `${folderLabel}-${label}` : label,
    });
  }
  return drafts;
}

function labelSetups(
  projectRoot: string,
  drafts: DraftSetup[],
): ComposeSetup[] {
  const mainIndex = Math.max(
    0,
    drafts.findIndex((draft) => draft.label === ''),
  );
  const taken = new Set<string>();
  return drafts.map((draft, index) => {
    if (index === mainIndex) return { projectRoot, files: draft.files };
    let label = draft.label;
    for (let count = 2; taken.has(label); count += 1) {
      label = `${draft.label}-${count}`;
    }
    taken.add(label);
    return { projectRoot, files: draft.files, label };
  });
}

function readVariantLabel(name: string): string {
  const variant = VARIANT_FILE.exec(name);
  return variant ? variant[1] : name.replace(/\.[^.]*$/, '');
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}
