import type { TypeOrmDataSource } from '../../../migrations/typeorm-data-source';
import type { NormalizedOptions } from './normalize-options';

/**
 * Gives the connections of the data source's pool the run's
 * application_name and the session timeouts. TypeORM hands `extra` to the
 * pg Pool after its own options, so these win over the data source's
 * `applicationName`, and pg sends them when each connection opens.
 */
export function applySessionSettings(
  dataSource: TypeOrmDataSource,
  options: NormalizedOptions,
): void {
  const settings: Record<string, string | number> = {
    application_name: options.applicationName,
  };
  if (options.statementTimeoutSeconds > 0)
    settings.statement_timeout = options.statementTimeoutSeconds * 1000;
  if (options.lockTimeoutSeconds > 0)
    settings.lock_timeout = options.lockTimeoutSeconds * 1000;
  dataSource.setOptions({
    extra: { ...dataSource.options.extra, ...settings },
  });
}
