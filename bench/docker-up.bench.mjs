// docker-up on an already-healthy project against `compose up -d` on the
// same project. Compose v1 rejects the file's top-level `name:`, so its
// anchor gets a copy without it, as docker-up does for itself.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { compareCommands } from './compare-commands.mjs';

const composeFile = 'packages/twenty-docker/docker-compose.dev.yml';

export function benchDockerUp({ workspace, env, runs }) {
  const runExecutor = join(import.meta.dirname, 'run-executor.cjs');
  return compareCommands({
    name: 'docker-up on an already-healthy project',
    runs,
    ours: {
      label: 'twenty-server:docker-up (the executor in a fresh node process)',
      command: process.execPath,
      args: [runExecutor, workspace, 'twenty-server', 'docker-up'],
      options: { env },
    },
    anchor: composeUpAnchor(workspace, env),
  });
}

function composeUpAnchor(workspace, env) {
  const file = join(workspace, composeFile);
  const common = [
    '--project-name',
    env.COMPOSE_PROJECT_NAME,
    '--project-directory',
    dirname(file),
  ];
  if (spawnSync('docker', ['compose', 'version']).status === 0) {
    return {
      label: 'docker compose up -d',
      command: 'docker',
      args: ['compose', ...common, '--file', file, 'up', '-d'],
      options: { env },
    };
  }
  const copy = join(
    mkdtempSync(join(tmpdir(), 'bench-compose-')),
    'docker-compose.dev.yml',
  );
  writeFileSync(copy, readFileSync(file, 'utf8').replace(/^name:.*$/m, ''));
  return {
    label: 'docker-compose up -d (Compose v1)',
    command: 'docker-compose',
    args: [...common, '--file', copy, 'up', '-d'],
    options: { env },
  };
}
