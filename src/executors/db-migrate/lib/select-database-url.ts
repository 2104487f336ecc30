import { redactDatabaseUrl } from '../../../database/redact-database-url';
import { DevopsError } from '../../../errors/devops-error';

export interface DatabaseUrlSources {
  databaseUrl?: string;
  databaseUrlEnv: string[];
  env: NodeJS.ProcessEnv;
  /** Where a variable's value came from, when not the environment. */
  variableOrigins?: Map<string, string>;
  /** The data source's own options, in typeorm mode. */
  dataSource?: { url?: string };
}

export interface SelectedDatabaseUrl {
  url: string;
  /** Where the URL came from, for the verbose log. */
  origin: string;
  /** Every URL seen, chosen or not, so all their passwords get hidden. */
  candidates: string[];
}

/**
 * Chooses the database URL: the databaseUrl option, else the first set
 * variable of databaseUrlEnv, else the data source's own url.
 */
export function selectDatabaseUrl(
  sources: DatabaseUrlSources,
): SelectedDatabaseUrl {
  const ordered = [
    { origin: 'the databaseUrl option', url: sources.databaseUrl },
    ...sources.databaseUrlEnv.map((name) => ({
      origin:
        sources.variableOrigins?.get(name) ??
        `the ${name} environment variable`,
      url: sources.env[name],
    })),
    { origin: "the data source's url", url: sources.dataSource?.url },
  ];
  const candidates = ordered.flatMap(({ url }) => (url ? [url] : []));
  const chosen = ordered.find(({ url }) => url);
  if (chosen?.url) {
    checkIsPostgresUrl(chosen.url, chosen.origin);
    return { url: chosen.url, origin: chosen.origin, candidates };
  }

  const variables = sources.databaseUrlEnv.join(', ');
  const verb = sources.databaseUrlEnv.length > 1 ? 'are' : 'is';
  const dataSource = sources.dataSource
    ? ', nor does the data source set a url'
    : '';
  throw new DevopsError(
    `No database URL: the databaseUrl option is not set, ${variables} ${verb} not set${dataSource}.`,
    `Set ${sources.databaseUrlEnv[0]} (in the environment or in the file of the envFile option), or set the databaseUrl option.`,
  );
}

function checkIsPostgresUrl(url: string, origin: string): void {
  let protocol = '';
  try {
    protocol = new URL(url).protocol;
  } catch {
    // Not a URL at all: reported below like a wrong scheme.
  }
  if (protocol === 'postgres:' || protocol === 'postgresql:') return;
  throw new DevopsError(
    `The database URL from ${origin} is not a PostgreSQL URL: ${redactDatabaseUrl(url)}`,
    'Write it as postgres://user:password@host:5432/database.',
  );
}
