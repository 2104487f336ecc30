import { isTransientConnectionError } from './is-transient-connection-error';

function driverError(message: string, code?: string): Error {
  return Object.assign(new Error(message), code ? { code } : {});
}

describe('isTransientConnectionError', () => {
  it.each([
    [
      'connection refused',
      driverError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
    ],
    ['connection reset', driverError('read ECONNRESET', 'ECONNRESET')],
    ['a dropped connection', driverError('Connection terminated unexpectedly')],
    [
      'a database starting up',
      driverError('the database system is starting up', '57P03'),
    ],
    ['an attempt timing out', driverError('timeout expired')],
    [
      'too many connections',
      driverError('sorry, too many clients already', '53300'),
    ],
    [
      'refusals on both addresses of localhost',
      Object.assign(
        new AggregateError([
          driverError('', 'ECONNREFUSED'),
          driverError('', 'ECONNREFUSED'),
        ]),
        { code: 'ECONNREFUSED' },
      ),
    ],
  ])('should retry %s', (_, error) => {
    expect(isTransientConnectionError(error)).toBe(true);
  });

  it.each([
    [
      'a wrong password',
      driverError('password authentication failed for user "u"', '28P01'),
    ],
    ['a missing database', driverError('database "x" does not exist', '3D000')],
    [
      'an unknown host',
      driverError('getaddrinfo ENOTFOUND nohost', 'ENOTFOUND'),
    ],
    [
      'a temporary DNS failure',
      driverError('getaddrinfo EAI_AGAIN db', 'EAI_AGAIN'),
    ],
    ['a syntax error', driverError('syntax error at or near "x"', '42601')],
    ['a thrown string', 'ECONNREFUSED'],
  ])('should not retry %s', (_, error) => {
    expect(isTransientConnectionError(error)).toBe(false);
  });
});
