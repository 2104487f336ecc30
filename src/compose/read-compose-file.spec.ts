import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readComposeFile } from './read-compose-file';
import { makeTempDir } from '../testing/make-temp-dir';

describe('readComposeFile', () => {
  const root = makeTempDir('read-compose-');

  it('should parse a valid file', () => {
    const path = join(root, 'compose.yml');
    writeFileSync(
      path,
      'name: twenty-dev\nservices:\n  db:\n    image: postgres:16\n',
    );
    expect(readComposeFile(path, root).data).toEqual({
      name: 'twenty-dev',
      services: { db: { image: 'postgres:16' } },
    });
  });

  it('should fail naming the file and the line of a YAML mistake', () => {
    const path = join(root, 'broken.yml');
    writeFileSync(
      path,
      'services:\n  db:\n    image: postgres:16\n   ports: [\n',
    );
    expect(() => readComposeFile(path, root)).toThrow(
      /^Malformed YAML in compose file broken\.yml:4:/,
    );
  });

  it('should fail when the file is not a mapping', () => {
    const path = join(root, 'list.yml');
    writeFileSync(path, '- db\n- redis\n');
    expect(() => readComposeFile(path, root)).toThrow(
      'Compose file list.yml is not a mapping',
    );
  });
});
