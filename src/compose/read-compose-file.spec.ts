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

  it('should fail naming the line of a duplicated key', () => {
    const path = join(root, 'twice.yml');
    writeFileSync(path, 'services:\n  db:\n    image: a\n    image: b\n');
    expect(() => readComposeFile(path, root)).toThrow(
      expect.objectContaining({
        message:
          'Malformed YAML in compose file twice.yml:4:5: duplicated mapping key',
        hint: 'Fix the YAML at line 4 of twice.yml, then run the nx command again.',
      }),
    );
  });

  it('should read merge keys as compose does', () => {
    const path = join(root, 'merge.yml');
    writeFileSync(
      path,
      [
        'x-common: &common',
        '  env_file: .env.shared',
        'services:',
        '  api:',
        '    <<: *common',
        '    image: node:22',
      ].join('\n'),
    );
    expect(readComposeFile(path, root).data.services).toEqual({
      api: { env_file: '.env.shared', image: 'node:22' },
    });
  });

  it("should drop what compose's !reset removes and keep what !override sets", () => {
    const path = join(root, 'override.yml');
    writeFileSync(
      path,
      [
        'services:',
        '  db:',
        '    ports: !reset []',
        '    env_file: !reset null',
        '    healthcheck: !reset {}',
        '    environment: !override',
        '      POSTGRES_DB: test',
        '    command: !override postgres -c fsync=off',
        '    volumes:',
        '      - !reset db-data:/data',
        '      - ./init:/docker-entrypoint-initdb.d',
      ].join('\n'),
    );
    expect(readComposeFile(path, root).data.services).toEqual({
      db: {
        environment: { POSTGRES_DB: 'test' },
        command: 'postgres -c fsync=off',
        volumes: ['./init:/docker-entrypoint-initdb.d'],
      },
    });
  });

  it('should read integers as compose does, a leading zero meaning octal', () => {
    const path = join(root, 'numbers.yml');
    writeFileSync(
      path,
      [
        'services:',
        '  app:',
        '    environment:',
        '      UMASK_SET: 022',
        '      MODE: 0o17',
        '      MASK: 0b101',
        '      LIMIT: 1_000',
        '      HEX: 0x1F',
        '      NOT_OCTAL: 08',
        '      QUOTED: "022"',
        '      PORT: 5432',
        '    ports: [2222:22]',
      ].join('\n'),
    );
    expect(readComposeFile(path, root).data.services).toEqual({
      app: {
        environment: {
          UMASK_SET: 18,
          MODE: 15,
          MASK: 5,
          LIMIT: 1000,
          HEX: 31,
          NOT_OCTAL: 8,
          QUOTED: '022',
          PORT: 5432,
        },
        ports: ['2222:22'],
      },
    });
  });

  it('should fail on a file of several YAML documents', () => {
    const path = join(root, 'two.yml');
    writeFileSync(path, 'services: {}\n---\nservices: {}\n');
    expect(() => readComposeFile(path, root)).toThrow(
      'Compose file two.yml holds 2 YAML documents',
    );
  });

  it('should fail on an empty file as not a mapping', () => {
    const path = join(root, 'empty.yml');
    writeFileSync(path, '# nothing yet\n');
    expect(() => readComposeFile(path, root)).toThrow(
      'Compose file empty.yml is not a mapping',
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
