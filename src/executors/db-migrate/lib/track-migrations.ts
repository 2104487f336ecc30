import type { TypeOrmMigration } from '../../../migrations/typeorm-data-source';

export interface RunningMigration {
  /** TypeORM's name for it: its `name` property, else its class name. */
  name: string;
  instance: TypeOrmMigration;
}

export interface MigrationTracker {
  /** The migration whose `up` started and has not finished, if any. */
  running(): RunningMigration | undefined;
  /** How many migrations finished `up` so far. */
  finishedCount(): number;
}

/**
 * Wraps each migration's `up` so we know which one is running and report
 * each one that finishes, with its duration in milliseconds.
 */
export function trackMigrations(
  migrations: TypeOrmMigration[],
  onFinished: (name: string, durationMs: number) => void,
): MigrationTracker {
  let running: RunningMigration | undefined;
  let finished = 0;

  for (const migration of migrations) {
    const up = migration.up.bind(migration);
    const name = readMigrationName(migration);
    migration.up = async (queryRunner) => {
      running = { name, instance: migration };
      const start = Date.now();
      const result = await up(queryRunner);
      running = undefined;
      finished += 1;
      onFinished(name, Date.now() - start);
      return result;
    };
  }
  return { running: () => running, finishedCount: () => finished };
}

// TypeORM's own rule.
function readMigrationName(migration: TypeOrmMigration): string {
  return migration.name || migration.constructor.name;
}
