import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { writeV1CompatibleFiles } from './write-v1-compatible-files';

describe('writeV1CompatibleFiles', () => {
  it('should pass files through untouched when v1 accepts them', () => {
    const files = [
      {
        path: '/ws/compose.yml',
        text: 'services: {}\n',
        data: { services: {} },
      },
    ];
    expect(writeV1CompatibleFiles(files).paths).toEqual(['/ws/compose.yml']);
  });

  it('should copy a file without its top-level name and remove the copy on cleanup', () => {
    const text =
      '# dev services\nname: twenty-dev\nservices:\n  db:\n    image: postgres:16\n';
    const files = [
      { path: '/ws/docker-compose.dev.yml', text, data: parse(text) },
    ];
    const compatible = writeV1CompatibleFiles(files);

    const [copy] = compatible.paths;
    expect(copy).not.toBe('/ws/docker-compose.dev.yml');
    expect(parse(readFileSync(copy, 'utf8'))).toEqual({
      services: { db: { image: 'postgres:16' } },
    });

    compatible.cleanup();
    expect(existsSync(copy)).toBe(false);
  });
});
