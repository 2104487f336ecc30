// The cache-probe project the cache-reset e2e tests build and cache.

export const probe = 'packages/cache-probe';

/**
 * A cached target that logs each real run to runs.log (neither an input
 * nor an output) and writes an output that names the source it was built
 * from, padded to 64 KB so maxSize can be chosen per entry.
 */
export const probeFiles = {
  [`${probe}/project.json`]: JSON.stringify({
    name: 'cache-probe',
    targets: {
      build: {
        command: `node ${probe}/build.js`,
        cache: true,
        inputs: [`{projectRoot}/src/**/*`],
        outputs: ['{projectRoot}/dist'],
      },
    },
  }),
  [`${probe}/build.js`]: `const fs = require('fs');
const dir = '${probe}';
const source = fs.readFileSync(dir + '/src/version.txt', 'utf8').trim();
fs.appendFileSync(dir + '/runs.log', source + '\\n');
fs.mkdirSync(dir + '/dist', { recursive: true });
fs.writeFileSync(dir + '/dist/out.txt', source + '\\n' + 'x'.repeat(65536));
console.log('built ' + source);
`,
  [`${probe}/src/version.txt`]: 'v1\n',
};
