import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  listComposeContainers,
  removeComposeProject,
} from './support/compose-containers';
import { expectSuccess, runNx } from './support/run-nx';
import {
  createTwentyWorkspace,
  describeWithDocker,
  removeWorkspace,
  twentyFixtures,
  writeFiles,
} from './support/workspace';

const fixture = join(
  twentyFixtures,
  'packages',
  'twenty-docker',
  'docker-compose.dev.yml',
);
const composeProject = 'twenty-dev';

function target(executor: string, options: Record<string, unknown> = {}) {
  return {
    executor: `@twenty/devops:${executor}`,
    cache: false,
    options: { composeFiles: [fixture], ...options },
  };
}

// The real file is read where CI lays it, beside the repository; outside CI
// a checkout without ../shared skips this test and says why.
const fixtureMissing = !existsSync(fixture) && process.env.CI !== 'true';
if (fixtureMissing)
  console.warn(
    `Skipping the real Twenty compose file test: ${fixture} is absent.`,
  );
const describeFixture = fixtureMissing ? describe.skip : describeWithDocker;

describeFixture("Twenty's own docker-compose.dev.yml", () => {
  let workspace: string;

  beforeAll(() => {
    workspace = createTwentyWorkspace();
    writeFiles(workspace, {
      'packages/twenty-real/project.json': JSON.stringify({
        name: 'twenty-real',
        targets: {
          'docker-up': target('docker-up'),
          'docker-down': target('docker-down', { volumes: true }),
        },
      }),
    });
  });

  afterAll(() => {
    removeComposeProject(composeProject);
    removeWorkspace(workspace);
  });

  it('should come up healthy under its own name, top-level name: and all', () => {
    const up = runNx(workspace, ['run', 'twenty-real:docker-up']);
    expectSuccess(up);
    expect(up.output).toMatch(/db\s+healthy\s+0\.0\.0\.0:5432->5432\/tcp/);
    expect(up.output).toMatch(/redis\s+healthy\s+0\.0\.0\.0:6379->6379\/tcp/);
    expect(listComposeContainers(composeProject)).toHaveLength(2);

    const down = runNx(workspace, ['run', 'twenty-real:docker-down']);
    expectSuccess(down);
    expect(down.output).toContain(
      'Compose project twenty-dev is down (volumes removed).',
    );
    expect(listComposeContainers(composeProject)).toEqual([]);
  });
});
