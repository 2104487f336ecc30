import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CacheLocation, SHARED_FOLDER_SETTINGS } from './cache-location';
import { loadNxModule } from './load-nx-module';
import type { NxCacheDirectoryModule } from './resolve-cache-locations';

interface NxWorkspaceIdModule {
  generateWorkspaceId?: (root: string, nxJson: object) => string | null;
}

/**
 * The shared `~/.nx/<id>` folder of a workspace whose nx.json does not
 * parse. Nx 23.2 and later then give up sharing (its identity needs
 * nx.json) and look in `.nx/cache`, but the entries written while nx.json
 * was fine are still in the shared folder, and a reset has to reach them.
 * The identity is built as Nx builds it, from the Nx Cloud id when one can
 * be read from the broken text, else from git; the folder name is the
 * first 16 hex digits of its SHA-256. Only a folder that exists counts.
 */
export function findSharedLocationOfBrokenWorkspace(
  root: string,
  env: NodeJS.ProcessEnv,
  nx: NxCacheDirectoryModule,
): CacheLocation | undefined {
  const text = readNxJsonText(root);
  if (text === undefined || parses(text) || !nx.sharedUserDataDir) return;
  if (
    env.NX_CACHE_DIRECTORY ||
    env.NX_WORKSPACE_DATA_DIRECTORY ||
    env.NX_PROJECT_GRAPH_CACHE_DIRECTORY
  )
    return;

  const ids = loadNxModule<NxWorkspaceIdModule>(
    root,
    'nx/src/utils/workspace-id',
  );
  const id = ids?.generateWorkspaceId?.(root, readCloudId(text));
  if (!id) return;
  const dirName = createHash('sha256').update(id).digest('hex').slice(0, 16);
  const location: CacheLocation = {
    cacheDirectory: nx.sharedUserDataDir(dirName, 'cache'),
    dataDirectory: nx.sharedUserDataDir(dirName, 'workspace-data'),
    shared: true,
    ...SHARED_FOLDER_SETTINGS,
  };
  return existsSync(location.cacheDirectory) ? location : undefined;
}

function readNxJsonText(root: string): string | undefined {
  try {
    return readFileSync(join(root, 'nx.json'), 'utf8');
  } catch {
    return undefined;
  }
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function readCloudId(text: string): object {
  const match = /"(nxCloudId|nxCloudAccessToken)"\s*:\s*"([^"]+)"/.exec(text);
  return match ? { [match[1]]: match[2] } : {};
}
