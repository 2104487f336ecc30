import { DevopsError } from '../../../errors/devops-error';
import { selectDatabaseUrl } from './select-database-url';

const option = 'postgres://u:p@option/db';
const primary = 'postgres://u:p@primary/db';
const fallback = 'postgres://u:p@fallback/db';
const own = 'postgres://u:p@own/db';
const databaseUrlEnv = ['PG_DATABASE_URL', 'DATABASE_URL'];

describe('selectDatabaseUrl', () => {
  it.each([
    [
      'the option over everything',
      option,
      { PG_DATABASE_URL: primary },
      own,
      option,
    ],
    [
      'the first variable over the second',
      undefined,
      { PG_DATABASE_URL: primary, DATABASE_URL: fallback },
      own,
      primary,
    ],
    [
      'the second variable when the first is unset',
      undefined,
      { DATABASE_URL: fallback },
      own,
      fallback,
    ],
    [
      'the second variable when the first is empty',
      undefined,
      { PG_DATABASE_URL: '', DATABASE_URL: fallback },
      own,
      fallback,
    ],
    ["the data source's url last", undefined, {}, own, own],
  ])('should choose %s', (_, databaseUrl, env, dataSourceUrl, expected) => {
    const selected = selectDatabaseUrl({
      databaseUrl,
      databaseUrlEnv,
      env,
      dataSource: { url: dataSourceUrl },
    });
    expect(selected.url).toBe(expected);
  });

  it('should name where the URL came from and every URL seen', () => {
    const selected = selectDatabaseUrl({
      databaseUrlEnv,
      env: { DATABASE_URL: fallback },
      dataSource: { url: own },
    });
    expect(selected.origin).toBe('the DATABASE_URL environment variable');
    expect(selected.candidates).toEqual([fallback, own]);
  });

  it('should fail naming the variables and the option when no URL is set', () => {
    const select = () =>
      selectDatabaseUrl({ databaseUrlEnv, env: {}, dataSource: {} });
    expect(select).toThrow(DevopsError);
    expect(select).toThrow(
      'No database URL: the databaseUrl option is not set, PG_DATABASE_URL, DATABASE_URL are not set, nor does the data source set a url.',
    );
  });

  it('should not mention a data source in command mode', () => {
    const select = () =>
      selectDatabaseUrl({ databaseUrlEnv: ['DB_URL'], env: {} });
    expect(select).toThrow(
      'No database URL: the databaseUrl option is not set, DB_URL is not set.',
    );
  });

  it.each([['localhost:5432'], ['mysql://root:secret@localhost/db']])(
    'should refuse %p, which is not a PostgreSQL URL, without showing its password',
    (url) => {
      const select = () =>
        selectDatabaseUrl({ databaseUrl: url, databaseUrlEnv: [], env: {} });
      expect(select).toThrow(
        'The database URL from the databaseUrl option is not a PostgreSQL URL',
      );
      expect(select).not.toThrow(/secret/);
    },
  );
});
