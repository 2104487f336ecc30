import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NodePgMigrateBuilder } from '../../../migrations/node-pg-migrate-runner';
import { makeTempDir } from '../../../testing/make-temp-dir';
import { createSqlMigrationLoader } from './create-sql-migration-loader';
import { trackSqlMigrations } from './track-sql-migrations';

function fakeBuilder() {
  const steps: string[] = [];
  const builder: NodePgMigrateBuilder = {
    sql: (text) => steps.push(text),
    noTransaction: jest.fn(),
  };
  return { builder, steps };
}

describe('createSqlMigrationLoader', () => {
  let root: string;
  let file: string;

  beforeEach(() => {
    root = makeTempDir('sql-loader-');
    file = join(root, '0001_users.sql');
    writeFileSync(
      file,
      'CREATE TABLE users ();\n-- Down Migration\nDROP TABLE users;\n',
    );
  });

  it('should hand node-pg-migrate the up part and the down part of a file', async () => {
    const [unit] = await createSqlMigrationLoader({
      transaction: 'each',
      root,
    })([file]);
    const up = fakeBuilder();
    const down = fakeBuilder();

    unit.actions.up(up.builder);
    if (unit.actions.down) unit.actions.down(down.builder);

    expect(unit.id).toBe(file);
    expect(up.steps).toEqual(['CREATE TABLE users ();\n']);
    expect(down.steps).toEqual(['-- Down Migration\nDROP TABLE users;\n']);
    expect(up.builder.noTransaction).not.toHaveBeenCalled();
  });

  it('should turn the transaction off for each migration with transaction none', async () => {
    const [unit] = await createSqlMigrationLoader({
      transaction: 'none',
      root,
    })([file]);
    const up = fakeBuilder();

    unit.actions.up(up.builder);

    expect(up.builder.noTransaction).toHaveBeenCalled();
  });

  it('should tell the tracker which file starts, relative to the root', async () => {
    const finished: string[] = [];
    const tracker = trackSqlMigrations((name) => finished.push(name));
    const [unit] = await createSqlMigrationLoader({
      transaction: 'each',
      root,
      tracker,
    })([file]);

    unit.actions.up(fakeBuilder().builder);
    expect(tracker.running()).toMatchObject({
      file: '0001_users.sql',
      offset: 0,
    });

    tracker.finish();
    expect(finished).toEqual(['0001_users.sql']);
    expect(tracker.finishedCount()).toBe(1);
  });
});
