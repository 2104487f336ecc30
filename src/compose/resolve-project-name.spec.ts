import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComposeFile } from './compose-types';
import { resolveProjectName } from './resolve-project-name';
import { makeTempDir } from '../testing/make-temp-dir';

function file(path: string, data: Record<string, unknown> = {}): ComposeFile {
  return { path, text: '', data };
}

describe('resolveProjectName', () => {
  const root = makeTempDir('Twenty Workspace-');
  writeFileSync(join(root, 'package.json'), '{"name": "@twentyhq/Twenty"}');

  it('should prefer the projectName option', () => {
    expect(
      resolveProjectName('ci-db', [file(`${root}/c.yml`, { name: 'x' })], root),
    ).toBe('ci-db');
  });

  it('should refuse an invalid projectName and suggest a valid one', () => {
    expect(() =>
      resolveProjectName('CI DB', [file(`${root}/c.yml`)], root),
    ).toThrow('Option projectName "CI DB" is not a valid compose project name');
  });

  it("should take COMPOSE_PROJECT_NAME before the files' name, as compose does", () => {
    process.env.COMPOSE_PROJECT_NAME = 'from-env';
    try {
      expect(
        resolveProjectName(
          undefined,
          [file(`${root}/c.yml`, { name: 'x' })],
          root,
        ),
      ).toBe('from-env');
    } finally {
      delete process.env.COMPOSE_PROJECT_NAME;
    }
  });

  it('should take the top-level name of the last file that sets one', () => {
    const files = [
      file(`${root}/a.yml`, { name: 'first' }),
      file(`${root}/b.yml`, { name: 'Second' }),
    ];
    expect(resolveProjectName(undefined, files, root)).toBe('second');
  });

  it('should derive a valid name from the workspace and the folder', () => {
    const files = [
      file(join(root, 'packages', 'Twenty Docker', 'compose.yml')),
    ];
    expect(resolveProjectName(undefined, files, root)).toBe(
      'twentyhq-twenty-twenty-docker',
    );
  });
});
