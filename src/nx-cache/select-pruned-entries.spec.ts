import type { CacheEntry } from './list-cache-entries';
import { selectPrunedEntries } from './select-pruned-entries';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 11, 3);
const entry = (hash: string, bytes: number, daysAgo: number): CacheEntry => ({
  hash,
  paths: [],
  bytes,
  writtenAt: now - daysAgo * DAY,
});

describe('selectPrunedEntries', () => {
  const entries = [
    entry('1', 100, 30),
    entry('2', 100, 10),
    entry('3', 100, 1),
  ];

  it.each([
    ['entries older than 7 days', { olderThanDays: 7 }, ['1', '2']],
    ['nothing when every entry is newer', { olderThanDays: 60 }, []],
    [
      'the least recently used until 150 bytes fit',
      { maxSizeBytes: 150 },
      ['1', '2'],
    ],
    ['nothing when the cache already fits', { maxSizeBytes: 300 }, []],
    [
      'old entries first, then the least recently used',
      { olderThanDays: 20, maxSizeBytes: 100 },
      ['1', '2'],
    ],
  ])('should select %s', (_, rule, expected) => {
    const selected = selectPrunedEntries(entries, new Map(), { ...rule, now });

    expect(selected.map((item) => item.hash)).toEqual(expected);
  });

  it("should go by the index's last use over the time the files were written", () => {
    const lastUsed = new Map([['1', now - 1000]]);

    const selected = selectPrunedEntries(entries, lastUsed, {
      olderThanDays: 7,
      now,
    });

    expect(selected.map((item) => item.hash)).toEqual(['2']);
  });

  it('should keep the last written of entries used in the same second', () => {
    // The index records whole seconds: three builds in one second tie.
    const sameSecond = now - 5000;
    const lastUsed = new Map(
      ['9', '5', '7'].map((hash) => [hash, sameSecond] as [string, number]),
    );
    const written = [
      entry('9', 64, 0),
      entry('5', 64, 0),
      entry('7', 64, 0),
    ].map((item, index) => ({
      ...item,
      writtenAt: sameSecond + [600, 900, 0][index],
    }));

    const selected = selectPrunedEntries(written, lastUsed, {
      maxSizeBytes: 100,
      now,
    });

    expect(selected.map((item) => item.hash)).toEqual(['7', '9']);
  });
});
