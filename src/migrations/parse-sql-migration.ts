export interface SqlMigrationPart {
  sql: string;
  /** Where `sql` starts in the file, as a string index. */
  offset: number;
}

export interface SqlMigration {
  up: SqlMigrationPart;
  /** The part after a `-- Down Migration` line, if the file has one. */
  down?: SqlMigrationPart;
}

// node-pg-migrate's markers: a comment line reading "Up Migration" or
// "Down Migration", in any case, with any dashes or spaces after `--`.
const UP_MARKER = /^[ \t]*--[\s-]*up\s+migration\b.*$/im;
const DOWN_MARKER = /^[ \t]*--[\s-]*down\s+migration\b.*$/im;

/**
 * Splits a `.sql` migration into its up part and its optional down part.
 * Without markers the whole file is the up part; without an up marker, the
 * up part is everything before the down marker.
 */
export function parseSqlMigration(content: string): SqlMigration {
  const up = content.search(UP_MARKER);
  const down = content.search(DOWN_MARKER);

  const upStart = up >= 0 ? up : 0;
  const upEnd = down > upStart ? down : content.length;
  const downEnd = up > down ? up : content.length;
  return {
    up: slice(content, upStart, upEnd),
    ...(down >= 0 ? { down: slice(content, down, downEnd) } : {}),
  };
}

function slice(content: string, start: number, end: number): SqlMigrationPart {
  return { sql: content.slice(start, end), offset: start };
}
