import { convertGlobToRegExp } from '../../../plugin/convert-glob-to-regexp';
import type { NxJsonChange, WorkspaceView } from './target-defaults-types';

// What `production` leaves out: specs and tests, stories, and the
// configuration of test runners and linters, none of which ends up in a build.
const productionExclusions = [
  '!{projectRoot}/**/?(*.)+(spec|test).[jt]s?(x)?(.snap)',
  '!{projectRoot}/**/*.spec.mjs',
  '!{projectRoot}/**/*.test.mjs',
  '!{projectRoot}/test/**/*',
  '!{projectRoot}/**/__tests__/**/*',
  '!{projectRoot}/tsconfig.spec.json',
  '!{projectRoot}/jest.config.*',
  '!{projectRoot}/vitest.config.*',
  '!{projectRoot}/**/*.stories.@(js|jsx|ts|tsx|mdx)',
  '!{projectRoot}/.storybook/**/*',
  '!{projectRoot}/.eslintrc.json',
  '!{projectRoot}/eslint.config.*',
  '!{projectRoot}/.oxlintrc.json',
];

/**
 * Adds the named inputs the proposed defaults are built on, `default`,
 * `production` and `sharedGlobals`, when nx.json lacks them. Named inputs
 * the user wrote are kept as they are, except that an existing
 * `sharedGlobals` gets the root files it misses appended.
 */
export function proposeNamedInputs(view: WorkspaceView): NxJsonChange[] {
  const sharedGlobals = view.sharedGlobalFiles.map(
    (file) => `{workspaceRoot}/${file}`,
  );
  const wanted: Record<string, unknown[]> = {
    sharedGlobals,
    default: ['{projectRoot}/**/*', 'sharedGlobals'],
    production: ['default', ...productionExclusions],
  };
  const added = Object.entries(wanted)
    .filter(([name]) => !(name in view.namedInputs))
    .map(([name, value]) => ({
      path: ['namedInputs', name],
      value,
      reason: `a named input the target defaults use`,
    }));
  return [...added, ...appendSharedGlobals(view, sharedGlobals)];
}

/** Inserts at the end of the user's sharedGlobals each file it misses. */
function appendSharedGlobals(
  view: WorkspaceView,
  files: string[],
): NxJsonChange[] {
  const existing = view.namedInputs.sharedGlobals;
  if (!Array.isArray(existing)) return [];
  return files
    .filter((file) => !isMentioned(file, existing))
    .map((file, index) => ({
      path: ['namedInputs', 'sharedGlobals', existing.length + index],
      value: file,
      insert: true,
      reason: 'a root file every task should hash',
    }));
}

/**
 * Whether an entry, a glob included, names the file. One that excludes it
 * (`!...`) counts too: leaving the file out was the user's choice.
 */
function isMentioned(file: string, entries: unknown[]): boolean {
  const path = file.replace('{workspaceRoot}/', '');
  return entries.some((entry) => {
    const text =
      typeof entry === 'string'
        ? entry
        : (entry as { fileset?: unknown } | null)?.fileset;
    if (typeof text !== 'string' || !text.includes('{workspaceRoot}/'))
      return false;
    const glob = text.replace(/^!/, '').replace('{workspaceRoot}/', '');
    return convertGlobToRegExp(glob).test(path);
  });
}
