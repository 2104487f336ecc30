import { DevopsError } from '../errors/devops-error';

const UNITS: Record<string, number> = {
  B: 1,
  KB: 1024,
  MB: 1024 ** 2,
  GB: 1024 ** 3,
  TB: 1024 ** 4,
};

/** Bytes from a size such as `500MB`, `1.5GB` or `1048576`, as Nx reads `maxCacheSize`. */
export function parseSize(value: string, option = 'maxSize'): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([KMGT]?B)?\s*$/i.exec(value);
  if (!match) {
    throw new DevopsError(
      `The ${option} option "${value}" is not a size.`,
      `Give a number of bytes or a number followed by KB, MB, GB or TB, such as --${option}=500MB.`,
    );
  }
  const unit = (match[2] ?? 'B').toUpperCase();
  return Math.floor(Number(match[1]) * UNITS[unit]);
}
