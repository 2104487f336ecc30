import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const repoRoot = join(__dirname, '..', '..');

/**
 * A fresh copy of examples/twenty with the packed plugin installed, on the
 * example's Nx version or the one given. The global setup already built the
 * plugin, and installs are cached per Nx version, so this mostly copies.
 */
export function createTwentyWorkspace(nxVersion?: string): string {
  const script = join(repoRoot, 'scripts', 'prepare-workspace.mjs');
  const versionArgs = nxVersion ? ['--nx-version', nxVersion] : [];
  const result = spawnSync(
    process.execPath,
    [script, '--skip-build', ...versionArgs],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  if (result.status !== 0)
    throw new Error('scripts/prepare-workspace.mjs failed; see above.');
  return result.stdout.trim().split('\n').pop() as string;
}

/** Deletes a workspace made by createTwentyWorkspace. */
export function removeWorkspace(workspace: string | undefined): void {
  if (workspace) rmSync(workspace, { recursive: true, force: true });
}

/** Writes files into the workspace, creating their folders. */
export function writeFiles(
  workspace: string,
  files: Record<string, string>,
): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
}

/** Deletes targets from packages/<project>/project.json. */
export function removeTargets(
  workspace: string,
  project: string,
  targets: string[],
): void {
  const path = join(workspace, 'packages', project, 'project.json');
  const configuration = JSON.parse(readFileSync(path, 'utf8'));
  for (const target of targets) delete configuration.targets[target];
  writeFileSync(path, JSON.stringify(configuration, null, 2));
}

/** The folder of the real Twenty configuration files, beside the repository. */
export const twentyFixtures = join(
  repoRoot,
  '..',
  'shared',
  'fixtures',
  'twenty',
);

/** `describe`, or `describe.skip` with the reason in its name when Docker is missing. */
export function describeWithDocker(name: string, body: () => void): void {
  const reason = process.env.DEVOPS_E2E_SKIP_REASON;
  if (reason) describe.skip(`${name} (skipped: ${reason})`, body);
  else describe(name, body);
}
