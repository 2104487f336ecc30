import type { NxJsonChange } from './target-defaults-types';

/**
 * The lines that tell what a change writes, with its values:
 * `set targetDefaults["test:integration"].parallelism = false (…)`. A new
 * key is shown one field per line; an insertion into an array says so.
 */
export function formatChange(change: NxJsonChange, check: boolean): string[] {
  const { path, value, insert, reason } = change;
  const verb = `${check ? 'would ' : ''}${insert ? 'insert at' : 'set'}`;
  const line = (at: (string | number)[], shown: unknown) =>
    `nx.json: ${verb} ${formatPath(at)} = ${JSON.stringify(shown)} (${reason})`;
  if (insert || !isPlainObject(value)) return [line(path, value)];
  return Object.entries(value).map(([field, shown]) =>
    line([...path, field], shown),
  );
}

// Keys such as `test:integration` or `@nx/vite:build` need brackets.
function formatPath(path: (string | number)[]): string {
  return path
    .map((step, index) => {
      if (typeof step === 'number') return `[${step}]`;
      if (index > 0 && !/^[A-Za-z_$][\w$]*$/.test(step))
        return `[${JSON.stringify(step)}]`;
      return index === 0 ? step : `.${step}`;
    })
    .join('');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
