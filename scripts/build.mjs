// Compiles src/ with tsc into dist/ and copies what `npm pack` needs beside
// it: the manifests, every schema.json and the README.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

rmSync(dist, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.lib.json'],
  { cwd: root, stdio: 'inherit' },
);

cpSync(join(root, 'src'), join(dist, 'src'), {
  recursive: true,
  filter: (path) => !path.endsWith('.ts') || path.endsWith('.d.ts'),
});
for (const file of ['executors.json', 'generators.json', 'README.md']) {
  cpSync(join(root, file), join(dist, file));
}

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
delete manifest.devDependencies;
delete manifest.scripts;
writeFileSync(
  join(dist, 'package.json'),
  `${JSON.stringify(manifest, null, 2)}\n`,
);
// npm links a bin as it is packed; an executable mode lets it run directly.
for (const bin of Object.values(manifest.bin ?? {})) {
  chmodSync(join(dist, bin), 0o755);
}
console.log(`Built ${manifest.name}@${manifest.version} into dist/`);
