import type { TypeOrmDataSource } from '../../../migrations/typeorm-data-source';

type Redact = (text: string) => string;

/**
 * Puts the data source's own logger behind `redact`. With `logging:
 * ['error']`, as in Twenty, TypeORM prints each failed query and its
 * error itself, and either can quote a password.
 */
export function redactTypeOrmLogger(
  dataSource: TypeOrmDataSource,
  redact: Redact,
): void {
  const original = dataSource.logger;
  if (!original) return;

  dataSource.logger = new Proxy(original, {
    get(target, property) {
      const value = Reflect.get(target, property);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        value.apply(
          target,
          args.map((arg) => redactArgument(arg, redact)),
        );
    },
  });
}

function redactArgument(arg: unknown, redact: Redact): unknown {
  if (typeof arg === 'string') return redact(arg);
  if (Array.isArray(arg))
    return arg.map((item) => redactArgument(item, redact));
  if (arg instanceof Error) return redactError(arg, redact);
  return arg;
}

// A copy, so the error the migration run rejects with stays untouched.
function redactError(error: Error, redact: Redact): Error {
  const copy = Object.assign(
    Object.create(Object.getPrototypeOf(error)),
    error,
  );
  copy.message = redact(error.message);
  copy.stack = error.stack && redact(error.stack);
  return copy;
}
