import { readDefaultEntries, type DefaultEntry } from './read-default-entries';

/** The entry that applies to every target of the key: no `filter`. */
export function findCatchAllEntry(value: unknown): DefaultEntry | undefined {
  return readDefaultEntries(value).find((entry) => !entry.config.filter);
}
