import { DevopsError } from '../errors/devops-error';
import { parseSize } from './parse-size';

describe('parseSize', () => {
  it.each([
    ['1048576', 1048576],
    ['500MB', 500 * 1024 ** 2],
    ['1.5GB', 1.5 * 1024 ** 3],
    ['20kb', 20 * 1024],
    [' 2 TB ', 2 * 1024 ** 4],
  ])('should read %s', (value, expected) => {
    expect(parseSize(value)).toBe(expected);
  });

  it('should fail quoting a value that is not a size', () => {
    expect(() => parseSize('lots')).toThrow(
      new DevopsError('The maxSize option "lots" is not a size.', ''),
    );
  });
});
