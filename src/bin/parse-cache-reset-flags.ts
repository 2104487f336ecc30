import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DevopsError } from '../errors/devops-error';
import type { CacheResetExecutorOptions } from '../executors/cache-reset/schema';

interface SchemaProperty {
  type: 'boolean' | 'string' | 'number' | 'array';
}

/**
 * The executor's options as flags, read from its schema.json so the two
 * never drift: `--dryRun` or `--dry-run`, `--maxSize 2GB` or
 * `--max-size=2GB`, `--projects a,b` or `--projects a --projects b`.
 */
export function parseCacheResetFlags(
  flags: string[],
): CacheResetExecutorOptions {
  const properties = readSchemaProperties();
  const spellings = new Map<string, string>();
  const parseOptions: Record<
    string,
    { type: 'boolean' | 'string'; multiple?: boolean }
  > = {};
  for (const [name, property] of Object.entries(properties)) {
    const type = property.type === 'boolean' ? 'boolean' : 'string';
    for (const spelling of [name, toKebabCase(name)]) {
      spellings.set(spelling, name);
      parseOptions[spelling] = { type, multiple: property.type === 'array' };
    }
  }

  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: flags,
      options: parseOptions,
      strict: true,
    }));
  } catch (error) {
    throw new DevopsError(
      `Could not read the flags of cache-reset: ${(error as Error).message}`,
      `Use the executor's options as flags: ${Object.keys(properties)
        .map((name) => `--${name}`)
        .join(', ')}.`,
    );
  }
  const options: Record<string, unknown> = {};
  for (const [spelling, value] of Object.entries(values)) {
    const name = spellings.get(spelling) as string;
    options[name] = convert(name, properties[name].type, value);
  }
  return options as CacheResetExecutorOptions;
}

function convert(
  name: string,
  type: SchemaProperty['type'],
  value: unknown,
): unknown {
  if (type === 'array')
    return (value as string[])
      .flatMap((item) => item.split(','))
      .filter(Boolean);
  if (type !== 'number') return value;
  const number = Number(value);
  if (value === '' || !Number.isFinite(number)) {
    throw new DevopsError(
      `The --${name} flag "${value}" is not a number.`,
      `Give a number, such as --${name}=14.`,
    );
  }
  return number;
}

function readSchemaProperties(): Record<string, SchemaProperty> {
  const path = join(__dirname, '..', 'executors', 'cache-reset', 'schema.json');
  return JSON.parse(readFileSync(path, 'utf8')).properties;
}

function toKebabCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
