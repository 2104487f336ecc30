import { joinPathFragments } from '@nx/devkit';
import { readCommands } from './read-commands';
import type { WorkspaceTarget } from './target-defaults-types';

// A dotenv file named in a command: `.env`, `.env.test`, `.local.env` ...
const envFileInCommand =
  /(?:^|[\s='"])((?:[\w.-]+\/)*\.?[\w-]*\.?env(?:\.[\w-]+)?)(?=$|[\s'";&|)])/g;

/**
 * The env files a target reads that we can see: the `envFile` or
 * `envFiles` options (db-migrate's, run-commands'), and dotenv files its
 * command names. Workspace-relative paths.
 */
export function findEnvFilesRead(target: WorkspaceTarget): string[] {
  const options = (target.effective.options ?? {}) as Record<string, unknown>;
  const cwd = resolveCwd(target, options);
  const named = [options.envFile, options.envFiles]
    .flat()
    .filter((file): file is string => typeof file === 'string')
    .map((file) => interpolate(file, target));
  const inCommands = readCommands(target.effective)
    .flatMap((command) => [...command.matchAll(envFileInCommand)])
    .map((match) => match[1])
    .filter((file) => /(^|\/)\.env|\.env$/.test(file))
    .map((file) => joinPathFragments(cwd, file));
  return [...new Set([...named, ...inCommands])];
}

function resolveCwd(
  target: WorkspaceTarget,
  options: Record<string, unknown>,
): string {
  return typeof options.cwd === 'string'
    ? interpolate(options.cwd, target)
    : '';
}

function interpolate(path: string, target: WorkspaceTarget): string {
  return joinPathFragments(
    path
      .replace('{projectRoot}', target.projectRoot)
      .replace('{workspaceRoot}', ''),
  );
}
