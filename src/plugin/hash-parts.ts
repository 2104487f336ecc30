import { createHash } from 'node:crypto';

/** A short, stable hash of some strings, for cache keys and file names. */
export function hashParts(parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 32);
}
