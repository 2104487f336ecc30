// PostgreSQL keeps the first 63 bytes of application_name (NAMEDATALEN - 1)
// and shows any other character than printable ASCII as `?`.
const MAX_BYTES = 63;
const PREFIX = 'twenty-devops ';

export interface ApplicationNameParts {
  /** The task, such as `twenty-server:db-migrate`. */
  target: string;
  mode: 'typeorm' | 'sql' | 'command';
  pid: number;
}

/**
 * The application_name of every connection a run opens, such as
 * `twenty-devops twenty-server:db-migrate (typeorm, pid 4242)`, so that
 * another run waiting for the migration lock, or anyone reading
 * pg_stat_activity, can tell which run and process a session belongs to.
 * A long task name is cut in the middle, so that the mode and pid stay.
 */
export function buildApplicationName(parts: ApplicationNameParts): string {
  const suffix = ` (${parts.mode}, pid ${parts.pid})`;
  const target = parts.target.replace(/[^\x20-\x7e]/g, '?');
  const room = MAX_BYTES - PREFIX.length - suffix.length;
  return `${PREFIX}${shorten(target, room)}${suffix}`;
}

function shorten(text: string, room: number): string {
  if (text.length <= room) return text;
  const kept = Math.max(room - 3, 0);
  const head = Math.ceil(kept / 2);
  return `${text.slice(0, head)}...${text.slice(text.length - (kept - head))}`;
}
