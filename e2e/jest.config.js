/**
 * End-to-end tests: a packed plugin in throwaway Nx workspaces, against the
 * real Docker engine and PostgreSQL. They run one at a time because they
 * share host ports and the engine.
 */
module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  globalSetup: '<rootDir>/support/global-setup.ts',
  testTimeout: 300000,
};
