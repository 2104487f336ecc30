import { logger } from '../../../logging/logger';

export interface MigrationPlan {
  applied: string[];
  pending: string[];
}

export interface ReportMigrationPlanOptions {
  kind: 'status' | 'dryRun';
  /** What the migrations are, such as a folder or a data source file. */
  source: string;
  /** Already redacted. */
  databaseUrl: string;
  transaction: 'each' | 'all' | 'none';
}

/**
 * Prints what `status` or `dryRun` found: status lists every migration with
 * its state, a dry run the pending ones in the order they would run.
 */
export function reportMigrationPlan(
  plan: MigrationPlan,
  options: ReportMigrationPlanOptions,
): void {
  const { applied, pending } = plan;
  if (options.kind === 'status') {
    logger.info(`Migrations of ${options.source} on ${options.databaseUrl}:`);
    for (const name of applied) logger.info(`  applied  ${name}`);
    for (const name of pending) logger.info(`  pending  ${name}`);
    logger.info(`${applied.length} applied, ${pending.length} pending.`);
    return;
  }

  if (pending.length === 0) {
    logger.info(
      `Dry run: no pending migrations on ${options.databaseUrl} (${applied.length} already applied); nothing was run.`,
    );
    return;
  }
  logger.info(
    `Dry run: ${count(pending.length)} would run on ${options.databaseUrl} (transaction: ${options.transaction}), in this order:`,
  );
  for (const name of pending) logger.info(`  ${name}`);
  logger.info('Nothing was run.');
}

function count(n: number): string {
  return `${n} ${n === 1 ? 'migration' : 'migrations'}`;
}
