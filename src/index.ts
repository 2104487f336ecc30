export { createDockerUpExecutor } from './executors/docker-up/executor';
export { createDockerDownExecutor } from './executors/docker-down/executor';
export type { DockerUpExecutorOptions } from './executors/docker-up/schema';
export type { DockerDownExecutorOptions } from './executors/docker-down/schema';
export type { DbMigrateExecutorOptions } from './executors/db-migrate/schema';
export { DevopsError } from './errors/devops-error';
export type { ProcessRunner, ProcessResult } from './process/run-process';
export { createDbMigrateExecutor } from './executors/db-migrate/executor';
export { createNodes, createNodesV2, createDependencies } from './plugin';
export type { DevopsPluginOptions } from './plugin';
export { initGenerator } from './generators/init/generator';
export type { InitGeneratorOptions } from './generators/init/schema';
export { default as cacheResetExecutor } from './executors/cache-reset/executor';
export type { CacheResetExecutorOptions } from './executors/cache-reset/schema';
export { ciWorkflowGenerator } from './generators/ci-workflow/generator';
export type { CiWorkflowGeneratorOptions } from './generators/ci-workflow/schema';
export {
  createTargetDefaultsGenerator,
  targetDefaultsGenerator,
} from './generators/target-defaults/generator';
export type { TargetDefaultsGeneratorOptions } from './generators/target-defaults/schema';
