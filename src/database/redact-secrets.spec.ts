import { redactSecrets } from './redact-secrets';

const url = 'postgres://app:s3cr%40t@db:5432/default';

describe('redactSecrets', () => {
  it('should hide the password inside the URL and keep the rest', () => {
    expect(redactSecrets(`connecting to ${url}`, [url])).toBe(
      'connecting to postgres://app:***@db:5432/default',
    );
  });

  it('should hide the decoded password wherever it appears', () => {
    expect(redactSecrets('password "s3cr@t" is wrong', [url])).toBe(
      'password "***" is wrong',
    );
  });

  it('should hide the percent-encoded password wherever it appears', () => {
    expect(redactSecrets('PGPASSWORD=s3cr%40t', [url])).toBe('PGPASSWORD=***');
  });

  it('should keep the user of a URL whose password equals it', () => {
    const same = 'postgres://postgres:postgres@localhost:5432/default';
    expect(redactSecrets(`to ${same}`, [same])).toBe(
      'to postgres://postgres:***@localhost:5432/default',
    );
  });

  it('should hide the passwords of URLs it was not given', () => {
    expect(redactSecrets('see mysql://root:hunter2@m/db', [url])).toBe(
      'see mysql://root:***@m/db',
    );
  });

  it('should hide passwords of several URLs and skip unset ones', () => {
    const other = 'postgres://u:other-pass@h/db';
    expect(
      redactSecrets('s3cr@t then other-pass', [undefined, url, other]),
    ).toBe('*** then ***');
  });

  it('should leave text alone when no URL has a password', () => {
    expect(redactSecrets('plain text', ['postgres://u@h/db'])).toBe(
      'plain text',
    );
  });

  it('should treat regular expression characters in a password literally', () => {
    const tricky = 'postgres://u:a.b*c(@h/db';
    expect(redactSecrets('got a.b*c( and axbbc', [tricky])).toBe(
      'got *** and axbbc',
    );
  });
});
