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

describe('redactSecrets, passwords outside the user info', () => {
  it('should hide the password of a ?password= query parameter wherever it appears', () => {
    const inQuery = 'postgres://app@db:5432/default?password=s3cr%40t';
    expect(
      redactSecrets(`auth failed for s3cr@t on ${inQuery}`, [inQuery]),
    ).toBe(
      'auth failed for *** on postgres://app@db:5432/default?password=***',
    );
  });

  it('should hide the sslpassword of a URL, bare too', () => {
    const withKey = 'postgres://app@db/default?sslpassword=key-Pass9';
    expect(redactSecrets('cannot decrypt with key-Pass9', [withKey])).toBe(
      'cannot decrypt with ***',
    );
  });

  it('should hide the passwords of a libpq key=value string, quoted or not', () => {
    const libpq = "host=db user=app password='a b\\'c' sslpassword=kp-77";
    expect(redactSecrets("tried a b'c, then kp-77", [libpq])).toBe(
      'tried ***, then ***',
    );
    expect(redactSecrets(`connecting with ${libpq}`, [libpq])).toBe(
      'connecting with host=db user=app password=*** sslpassword=***',
    );
  });
});
