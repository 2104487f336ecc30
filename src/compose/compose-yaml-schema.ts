import {
  CORE_SCHEMA,
  NOT_RESOLVED,
  defineMappingTag,
  defineScalarTag,
  defineSequenceTag,
  intCoreTag,
  mapTag,
  mergeTag,
  seqTag,
  strTag,
} from 'js-yaml';

/** What a value tagged `!reset` reads as, until dropReset removes it. */
const RESET = Symbol('!reset');

// Compose (go-yaml v3) reads integers as Go's ParseInt with base 0 does,
// after dropping underscores: 0x, 0o and 0b prefixes, and a leading zero
// for octal, so `UMASK: 022` is 18. YAML 1.2's core schema would read 22.
// 08 and 09 are no octal; go-yaml reads them as the float 8 and 9.
const GO_INT =
  /^[-+]?(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|[0-9][0-9_]*)$/;
const RADIX_PREFIXES: Record<string, number> = { x: 16, o: 8, b: 2 };

function readGoInt(source: string): number | typeof NOT_RESOLVED {
  if (!GO_INT.test(source)) return NOT_RESOLVED;
  const text = source.replace(/_/g, '');
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.replace(/^[-+]/, '');
  const radix = RADIX_PREFIXES[digits[1]?.toLowerCase()];
  if (digits.startsWith('0') && radix) {
    return sign * parseInt(digits.slice(2), radix);
  }
  if (/^0[0-7]+$/.test(digits)) return sign * parseInt(digits, 8);
  if (/^0\d+$/.test(digits)) return NOT_RESOLVED;
  return sign * parseInt(digits, 10);
}

const loadOnly = { identify: () => false };

/**
 * YAML as compose reads it: the core schema with merge keys
 * (`<<: *defaults`), integers read as go-yaml reads them, and compose's
 * tags for merging files. `!override` replaces what an earlier file set
 * and reads as its plain value; `!reset` removes it, so the key it tags
 * reads as RESET until dropReset takes it out.
 */
export const COMPOSE_SCHEMA = CORE_SCHEMA.withTags(
  mergeTag,
  defineScalarTag('tag:yaml.org,2002:int', {
    ...intCoreTag,
    resolve: readGoInt,
  }),
  defineScalarTag('!override', { ...strTag, ...loadOnly, implicit: false }),
  defineSequenceTag('!override', { ...seqTag, ...loadOnly }),
  defineMappingTag('!override', { ...mapTag, ...loadOnly }),
  defineScalarTag('!reset', {
    ...loadOnly,
    resolve: () => RESET,
  }),
  defineSequenceTag('!reset', {
    ...loadOnly,
    create: () => null,
    addItem: () => undefined,
    finalize: () => RESET,
  }),
  defineMappingTag('!reset', {
    ...loadOnly,
    create: () => null,
    addPair: () => '',
    has: () => false,
    keys: () => [],
    get: () => undefined,
    finalize: () => RESET,
  }),
);

/** `value` without the keys and list items that `!reset` removed. */
export function dropReset(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.filter((item) => item !== RESET).map(dropReset);
  }
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== RESET)
      .map(([key, item]) => [key, dropReset(item)]),
  );
}
