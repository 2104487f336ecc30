// Writes schema.d.ts beside every schema.json under src/, from the schema
// alone. `--check` writes nothing and exits 1 when a file is out of date.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileFromFile } from 'json-schema-to-typescript';

const root = join(import.meta.dirname, '..');
const check = process.argv.includes('--check');

export async function renderSchemaTypes(schemaPath) {
  return compileFromFile(schemaPath, {
    bannerComment:
      '/* Generated from schema.json by `npm run generate-schema-types`. Do not edit. */',
    additionalProperties: false,
    style: { singleQuote: true },
  });
}

function findSchemas(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return findSchemas(path);
    return entry.name === 'schema.json' ? [path] : [];
  });
}

let stale = 0;
for (const schemaPath of findSchemas(join(root, 'src'))) {
  const typesPath = schemaPath.replace(/schema\.json$/, 'schema.d.ts');
  const wanted = await renderSchemaTypes(schemaPath);
  const current = existsSync(typesPath) ? readFileSync(typesPath, 'utf8') : '';
  if (wanted === current) continue;
  stale += 1;
  if (check) console.error(`${relative(root, typesPath)} is out of date`);
  else writeFileSync(typesPath, wanted);
}
if (check && stale > 0) {
  console.error('Run `npm run generate-schema-types` and commit the result.');
  process.exit(1);
}
