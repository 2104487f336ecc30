/** The executors the inferred targets run, as Nx names them. */
export const EXECUTORS = {
  dockerUp: '@twenty/devops:docker-up',
  dockerDown: '@twenty/devops:docker-down',
  dbMigrate: '@twenty/devops:db-migrate',
  cacheReset: '@twenty/devops:cache-reset',
} as const;
