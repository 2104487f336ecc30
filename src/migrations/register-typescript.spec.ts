import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../testing/make-temp-dir';

// Jest replaces `require`, even Node's createRequire, with its own loader,
// which neither runs require hooks nor tsconfig paths. So each case runs in
// a plain Node child that compiles register-typescript.ts, calls it, and
// prints what the temp workspace's entity file exported.
const loadInChild = `
const { addHook } = require('pirates');
const { transformSync } = require('@swc/core');
const { createRequire } = require('node:module');
const [source, entity, tsConfigPath] = process.argv.slice(1);
const revert = addHook(
  (code, filename) => transformSync(code, { filename, module: { type: 'commonjs' },
    jsc: { parser: { syntax: 'typescript' } } }).code,
  { exts: ['.ts'] },
);
const { registerTypeScript } = require(source);
revert();
const undo = registerTypeScript({ tsConfigPath });
const loaded = createRequire(entity)(entity).result;
let compileError;
try { createRequire(entity)(entity.replace('entity.ts', 'broken.ts')); }
catch (error) { compileError = error.message; }
undo();
let stillMapped = true;
try { createRequire(entity).resolve('@acme/shared'); } catch { stillMapped = false; }
const stillCached = entity in require.cache;
console.log(JSON.stringify({ loaded, stillMapped, stillCached, compileError }));
`;

function writeWorkspace(): string {
  const root = makeTempDir('register-typescript-');
  mkdirSync(join(root, 'libs/shared'), { recursive: true });
  mkdirSync(join(root, 'apps/api/src'), { recursive: true });
  writeFileSync(
    join(root, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        baseUrl: '.',
        paths: { '@acme/shared': ['libs/shared/index.ts'] },
      },
    }),
  );
  writeFileSync(
    join(root, 'libs/shared/index.ts'),
    "export const greeting: string = 'hello';\n",
  );
  writeFileSync(
    join(root, 'apps/api/src/entity.ts'),
    [
      "import { greeting } from '@acme/shared';",
      'const columns: string[] = [];',
      '// What reflect-metadata provides; decoratorMetadata output calls it.',
      '(Reflect as any).metadata = (key: string, value: Function) => () => {',
      '  columns.push(`${key}=${value.name}`);',
      '};',
      'function Column(): PropertyDecorator {',
      '  return (_target, key) => {',
      '    columns.push(String(key));',
      '  };',
      '}',
      'export class User {',
      '  @Column() name!: string;',
      '}',
      'export const result = { greeting, columns, className: User.name };',
    ].join('\n'),
  );
  writeFileSync(join(root, 'apps/api/src/broken.ts'), 'export const = 1;\n');
  return root;
}

function loadEntity(root: string) {
  const output = execFileSync(
    process.execPath,
    [
      '-e',
      loadInChild,
      join(__dirname, 'register-typescript.ts'),
      join(root, 'apps/api/src/entity.ts'),
      join(root, 'tsconfig.json'),
    ],
    { cwd: join(__dirname, '..', '..'), encoding: 'utf8' },
  );
  return JSON.parse(output);
}

describe('registerTypeScript', () => {
  it('should load TypeScript with legacy decorators and tsconfig paths', () => {
    const { loaded } = loadEntity(writeWorkspace());

    expect(loaded).toEqual({
      greeting: 'hello',
      columns: ['design:type=String', 'name'],
      className: 'User',
    });
  });

  it('should report a syntax error with its code frame only', () => {
    const { compileError } = loadEntity(writeWorkspace());

    expect(compileError).toMatch(/Unexpected token/);
    expect(compileError).toContain('export const = 1;');
    expect(compileError).not.toMatch(/Caused by|backtrace/);
  });

  it('should stop mapping paths and forget compiled modules once undone', () => {
    const { stillMapped, stillCached } = loadEntity(writeWorkspace());

    expect(stillMapped).toBe(false);
    expect(stillCached).toBe(false);
  });
});
