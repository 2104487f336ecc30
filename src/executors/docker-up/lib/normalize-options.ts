import type { ExecutorContext } from '@nx/devkit';
import { computeConfigKey } from '../../../compose/compute-config-key';
import {
  normalizeComposeOptions,
  type NormalizedCompose,
} from '../../../compose/normalize-compose-options';
import type { DockerUpExecutorOptions } from '../schema';

export interface NormalizedDockerUpOptions {
  compose: NormalizedCompose;
  services: string[];
  build: boolean;
  pull: 'missing' | 'always' | 'never';
  forceRecreate: boolean;
  removeOrphans: boolean;
  waitTimeoutSeconds: number;
  skipWait: boolean;
  skipCleanupOnFailure: boolean;
  /** Identifies this configuration, for the already-up check. */
  configKey: string;
}

export function normalizeOptions(
  options: DockerUpExecutorOptions,
  context: ExecutorContext,
): NormalizedDockerUpOptions {
  const compose = normalizeComposeOptions(options, context);
  const normalized = {
    services: options.services ?? [],
    build: options.build ?? false,
    pull: options.pull ?? 'missing',
    forceRecreate: options.forceRecreate ?? false,
    removeOrphans: options.removeOrphans ?? false,
    waitTimeoutSeconds: options.waitTimeoutSeconds ?? 120,
    skipWait: options.skipWait ?? false,
    skipCleanupOnFailure: options.skipCleanupOnFailure ?? false,
  };
  const configKey = computeConfigKey(compose, normalized);
  return { compose, ...normalized, configKey };
}
