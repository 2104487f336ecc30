import { redactDatabaseUrl } from './redact-database-url';

describe('redactDatabaseUrl', () => {
  it.each([
    ['postgres://u:secret@h:5432/db', 'postgres://u:***@h:5432/db'],
    ['postgresql://u:secret@h/db', 'postgresql://u:***@h/db'],
    ['postgres://u:p%40ss%3Aw@h:5432/db', 'postgres://u:***@h:5432/db'],
    ['postgres://u:p@ss@h:5432/db', 'postgres://u:***@h:5432/db'],
    ['postgres://u:@h/db', 'postgres://u:***@h/db'],
    ['postgres://u@h:5432/db', 'postgres://u@h:5432/db'],
    ['postgres://h:5432/db', 'postgres://h:5432/db'],
    [
      'postgres://h/db?user=u&password=secret',
      'postgres://h/db?user=u&password=***',
    ],
    [
      'postgres://u@h/db?sslmode=require&sslpassword=key-pass',
      'postgres://u@h/db?sslmode=require&sslpassword=***',
    ],
    ['postgres://u@h/db?PASSWORD=secret#x', 'postgres://u@h/db?PASSWORD=***#x'],
    [
      'host=db port=5432 password=secret dbname=app',
      'host=db port=5432 password=*** dbname=app',
    ],
    [
      "host=db password = 'it\\'s a secret' user=u",
      'host=db password = *** user=u',
    ],
    ["password='two words' sslpassword=k", 'password=*** sslpassword=***'],
    ['run with --password=secret now', 'run with --password=*** now'],
    [
      'PG_DATABASE_URL=postgres://u:s@h/db ok',
      'PG_DATABASE_URL=postgres://u:***@h/db ok',
    ],
    [
      'from postgres://a:one@h/x to redis://b:two@r:6379',
      'from postgres://a:***@h/x to redis://b:***@r:6379',
    ],
    ['no URL here', 'no URL here'],
  ])('should turn %s into %s', (input, expected) => {
    expect(redactDatabaseUrl(input)).toBe(expected);
  });
});
