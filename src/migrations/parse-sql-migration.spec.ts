import { parseSqlMigration } from './parse-sql-migration';

describe('parseSqlMigration', () => {
  it('should take the whole file as the up part when it has no markers', () => {
    const content = 'CREATE TABLE a (id int);\n';

    expect(parseSqlMigration(content)).toEqual({
      up: { sql: content, offset: 0 },
    });
  });

  it('should split the up and down parts at their markers, keeping offsets', () => {
    const content =
      '-- Up Migration\nCREATE TABLE a (id int);\n-- Down Migration\nDROP TABLE a;\n';

    const { up, down } = parseSqlMigration(content);

    expect(up).toEqual({
      sql: '-- Up Migration\nCREATE TABLE a (id int);\n',
      offset: 0,
    });
    expect(down).toEqual({
      sql: '-- Down Migration\nDROP TABLE a;\n',
      offset: 41,
    });
    expect(content.slice(down?.offset)).toBe(down?.sql);
  });

  it('should read markers in any case and with extra dashes', () => {
    const content = 'select 1;\n---- down migration\nselect 2;\n';

    const { up, down } = parseSqlMigration(content);

    expect(up.sql).toBe('select 1;\n');
    expect(down?.sql).toBe('---- down migration\nselect 2;\n');
  });

  it('should accept the down part before the up part', () => {
    const content =
      '-- Down Migration\nDROP TABLE a;\n-- Up Migration\nCREATE TABLE a ();\n';

    const { up, down } = parseSqlMigration(content);

    expect(up).toEqual({
      sql: '-- Up Migration\nCREATE TABLE a ();\n',
      offset: 32,
    });
    expect(down?.sql).toBe('-- Down Migration\nDROP TABLE a;\n');
  });

  it('should not take a marker word inside a statement for a marker', () => {
    const content = "INSERT INTO notes VALUES ('-- down migration');\n";

    expect(parseSqlMigration(content).down).toBeUndefined();
  });
});
