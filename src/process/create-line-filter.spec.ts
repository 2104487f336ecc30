import { createLineFilter } from './create-line-filter';

const hide = (text: string) => text.replace(/hunter2/g, '***');

describe('createLineFilter', () => {
  it('should hide a secret split across two chunks', () => {
    const filter = createLineFilter(hide);

    const output = [
      filter.push('error: password hun'),
      filter.push('ter2 rejected\nnext'),
      filter.end(),
    ].join('');

    expect(output).toBe('error: password *** rejected\nnext');
  });

  it('should hold back a chunk without a newline until the stream ends', () => {
    const filter = createLineFilter(hide);

    expect(filter.push('partial hunter2')).toBe('');
    expect(filter.end()).toBe('partial ***');
    expect(filter.end()).toBe('');
  });
});
