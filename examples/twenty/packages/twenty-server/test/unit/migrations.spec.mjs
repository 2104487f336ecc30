// Checks the built migrations without a database. They import
// twenty-shared through a tsconfig path, which Node does not know, so the
// name is pointed at the copy tsc built beside them.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { test } from 'node:test';

const dist = new URL('../../dist/', import.meta.url);
const shared = new URL('twenty-shared/src/index.js', dist).pathname;
const resolve = Module._resolveFilename;
Module._resolveFilename = (request, ...rest) =>
  resolve.call(Module, request === 'twenty-shared' ? shared : request, ...rest);

const require = createRequire(import.meta.url);
const migrationsDir = new URL(
  'twenty-server/src/database/typeorm/core/migrations/',
  dist,
);
const files = readdirSync(migrationsDir).filter((file) => file.endsWith('.js'));

test('builds one migration per source file', () => {
  assert.equal(files.length, 6);
});

test('gives every migration an up and a down', () => {
  for (const file of files) {
    const exported = Object.values(
      require(new URL(file, migrationsDir).pathname),
    );
    const [migration] = exported.filter((value) => typeof value === 'function');
    assert.equal(typeof migration.prototype.up, 'function', file);
    assert.equal(typeof migration.prototype.down, 'function', file);
  }
});
