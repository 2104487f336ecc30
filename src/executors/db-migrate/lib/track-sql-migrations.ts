export interface RunningSqlMigration {
  /** Relative to the workspace root, for messages. */
  file: string;
  content: string;
  /** Where the up part, the query sent, starts in the file. */
  offset: number;
}

export interface SqlMigrationTracker {
  /** Called as node-pg-migrate builds a migration, just before it runs. */
  start(migration: RunningSqlMigration): void;
  /** Called once the run returned; the last started migration finished. */
  finish(): void;
  running(): RunningSqlMigration | undefined;
  finishedCount(): number;
}

/**
 * Follows a node-pg-migrate run, which builds and applies one migration
 * after the other: when one starts, the one before it has finished.
 */
export function trackSqlMigrations(
  onFinished: (file: string, durationMs: number) => void,
): SqlMigrationTracker {
  let current: (RunningSqlMigration & { startedAt: number }) | undefined;
  let finished = 0;

  const finishCurrent = () => {
    if (!current) return;
    onFinished(current.file, Date.now() - current.startedAt);
    finished += 1;
    current = undefined;
  };
  return {
    start(migration) {
      finishCurrent();
      current = { ...migration, startedAt: Date.now() };
    },
    finish: finishCurrent,
    running: () => current,
    finishedCount: () => finished,
  };
}
