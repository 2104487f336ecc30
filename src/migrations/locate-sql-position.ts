export interface SqlLocation {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** The text of that line. */
  text: string;
}

/**
 * The line and column in a file of PostgreSQL's error `position`, a 1-based
 * character index into the query that was sent, when that query started at
 * `offset` in the file.
 */
export function locateSqlPosition(
  content: string,
  offset: number,
  position: number,
): SqlLocation {
  const index = Math.min(offset + position - 1, content.length);
  const before = content.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineEnd = content.indexOf('\n', index);
  return {
    line: before.split('\n').length,
    column: index - lineStart + 1,
    text: content.slice(lineStart, lineEnd < 0 ? undefined : lineEnd),
  };
}
