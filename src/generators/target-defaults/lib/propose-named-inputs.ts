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
  '!{projectRoot}/jest.config.[jt]s',
  '!{projectRoot}/vitest.config.[jt]s',
  '!{projectRoot}/**/*.stories.@(js|jsx|ts|tsx|mdx)',
  '!{projectRoot}/.storybook/**/*',
  '!{projectRoot}/.eslintrc.json',
  '!{projectRoot}/eslint.config.[cm]?js',
  '!{projectRoot}/.oxlintrc.json',
];

/**
 * Adds the named inputs the proposed defaults are built on, `default`,
 * `production` and `sharedGlobals`, when nx.json lacks them. Named inputs
 * the user wrote are kept as they are.
 */
export function proposeNamedInputs(view: WorkspaceView): NxJsonChange[] {
  const wanted: Record<string, unknown[]> = {
    sharedGlobals: view.sharedGlobalFiles.map(
      (file) => `{workspaceRoot}/${file}`,
    ),
    default: ['{projectRoot}/**/*', 'sharedGlobals'],
    production: ['default', ...productionExclusions],
  };
  return Object.entries(wanted)
    .filter(([name]) => !(name in view.namedInputs))
    .map(([name, value]) => ({
      path: ['namedInputs', name],
      value,
      reason: `named input ${name} added`,
    }));
}
