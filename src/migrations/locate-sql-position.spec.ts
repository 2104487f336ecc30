import { locateSqlPosition } from './locate-sql-position';

describe('locateSqlPosition', () => {
  const file =
    '-- Up Migration\nCREATE TABLE a (id int);\nSELECT * FROM missing;\n';

  it.each([
    ['the first character of the query', 0, 1, 1, 1, '-- Up Migration'],
    ['a word on the third line', 0, 56, 3, 15, 'SELECT * FROM missing;'],
    [
      'a query that starts later in the file',
      16,
      40,
      3,
      15,
      'SELECT * FROM missing;',
    ],
  ])('should place %s', (_, offset, position, line, column, text) => {
    expect(locateSqlPosition(file, offset, position)).toEqual({
      line,
      column,
      text,
    });
  });
});
