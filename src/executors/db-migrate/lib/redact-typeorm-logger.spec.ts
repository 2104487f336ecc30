import type { TypeOrmDataSource } from '../../../migrations/typeorm-data-source';
import { redactTypeOrmLogger } from './redact-typeorm-logger';

const redact = (text: string) => text.replaceAll('hunter2', '***');

function withLogger(logger: object) {
  return { logger } as unknown as TypeOrmDataSource;
}

describe('redactTypeOrmLogger', () => {
  it('should hide passwords in the query, parameters and error TypeORM logs', () => {
    const calls: unknown[][] = [];
    const dataSource = withLogger({
      logQueryError: (...args: unknown[]) => calls.push(args),
    });
    const error = new Error('bad value "hunter2"');
    const queryRunner = { id: 1 };

    redactTypeOrmLogger(dataSource, redact);
    (dataSource.logger as { logQueryError: Function }).logQueryError(
      error,
      "SELECT 'hunter2'",
      ['hunter2', 3],
      queryRunner,
    );

    const [loggedError, query, parameters, runner] = calls[0];
    expect((loggedError as Error).message).toBe('bad value "***"');
    expect(loggedError).toBeInstanceOf(Error);
    expect(query).toBe("SELECT '***'");
    expect(parameters).toEqual(['***', 3]);
    expect(runner).toBe(queryRunner);
    expect(error.message).toBe('bad value "hunter2"');
  });

  it('should call the logger with itself as `this`', () => {
    const logger = {
      lines: [] as string[],
      logMigration(message: string) {
        this.lines.push(message);
      },
    };
    const dataSource = withLogger(logger);

    redactTypeOrmLogger(dataSource, redact);
    (dataSource.logger as typeof logger).logMigration('failed: hunter2');

    expect(logger.lines).toEqual(['failed: ***']);
  });
});
