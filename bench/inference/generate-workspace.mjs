// Writes the synthetic workspace of the inference benchmark: 1,000 projects
// under packages/p0001 ... packages/p1000, each with a project.json and a
// small src/index.ts. Every tenth project, counting from p0001, has a compose
// file; from p0002, a TypeORM data source with migrations; from p0003, a
// Dockerfile. The three sets do not overlap, so each plugin sees exactly 100
// files of its kind.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const projectCount = 1000;

// One project of each kind, for checking that the plugins really ran.
export const sampleProjects = {
  compose: 'p0001',
  dataSource: 'p0002',
  dockerfile: 'p0003',
};

// All four patterns the plugin looks for, in turn.
const composeFileNames = [
  'compose.yaml',
  'docker-compose.yml',
  'docker-compose.dev.yml',
  'compose.yml',
];

/**
 * Writes the projects and the root files (package.json, .gitignore,
 * tsconfig.base.json) into `workspace`. nx.json is left to the caller, since
 * it is what differs between configurations.
 */
export function generateWorkspace(workspace, devDependencies) {
  writeRootFiles(workspace, devDependencies);
  for (let index = 1; index <= projectCount; index += 1) {
    writeProject(workspace, index);
  }
}

function writeRootFiles(workspace, devDependencies) {
  const manifest = {
    name: 'inference-bench',
    version: '0.0.0',
    private: true,
    devDependencies,
  };
  writeFile(
    workspace,
    'package.json',
    `${JSON.stringify(manifest, null, 2)}\n`,
  );
  writeFile(workspace, '.gitignore', 'node_modules\ndist\n.nx\n');
  writeFile(
    workspace,
    'tsconfig.base.json',
    '{ "compilerOptions": { "target": "es2022", "module": "commonjs" } }\n',
  );
}

function writeProject(workspace, index) {
  const name = `p${String(index).padStart(4, '0')}`;
  const root = join(workspace, 'packages', name);
  writeFile(root, 'project.json', projectJson(name));
  writeFile(root, 'src/index.ts', `export const ${name} = '${name}';\n`);

  const kind = index % 10;
  if (kind === 1) writeComposeFiles(root, index);
  if (kind === 2) writeDataSource(root);
  if (kind === 3) writeFile(root, 'Dockerfile', dockerfile(name));
}

function projectJson(name) {
  const project = {
    name,
    $schema: '../../node_modules/nx/schemas/project-schema.json',
    sourceRoot: `packages/${name}/src`,
    projectType: 'library',
    targets: {
      typecheck: { command: 'tsc --noEmit -p tsconfig.json' },
    },
  };
  return `${JSON.stringify(project, null, 2)}\n`;
}

// One compose project in ten builds an image, as an app next to its
// database would. Its Dockerfile is named dev.Dockerfile so that @nx/docker,
// which looks only for files named Dockerfile, still sees exactly 100.
function writeComposeFiles(root, index) {
  const name = composeFileNames[Math.floor(index / 10) % 4];
  const builds = index % 100 === 11;
  writeFile(root, name, composeFile(builds));
  writeFile(root, '.env', 'POSTGRES_PASSWORD=postgres\n');
  if (builds) writeFile(root, 'dev.Dockerfile', dockerfile('api'));
}

function composeFile(builds) {
  const api = builds
    ? `  api:
    build:
      context: .
      dockerfile: dev.Dockerfile
    depends_on: [db, redis]
    ports: ['3000:3000']
`
    : '';
  return `services:
  db:
    image: postgres:16
    env_file: .env
    ports: ['5432:5432']
    volumes: ['db-data:/var/lib/postgresql/data']
    healthcheck:
      test: pg_isready -U postgres
      interval: 2s
  redis:
    image: redis:7
    ports: ['6379:6379']
${api}
volumes:
  db-data:
`;
}

function writeDataSource(root) {
  writeFile(root, 'src/database/core.datasource.ts', dataSource());
  const migrations = 'src/database/migrations';
  writeFile(root, `${migrations}/1700000000001-create-users.ts`, migration(1));
  writeFile(root, `${migrations}/1700000000002-add-email.ts`, migration(2));
}

function dataSource() {
  return `import { DataSource } from 'typeorm';

export const coreDataSource = new DataSource({
  type: 'postgres',
  url: process.env.PG_DATABASE_URL,
  schema: 'core',
  migrations: [__dirname + '/migrations/*{.ts,.js}'],
});
`;
}

function migration(step) {
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class Step${step} implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('SELECT ${step}');
  }

  public async down(): Promise<void> {}
}
`;
}

function dockerfile(name) {
  return `FROM node:20-alpine
WORKDIR /app
COPY dist/${name} .
CMD ["node", "main.js"]
`;
}

function writeFile(folder, relativePath, text) {
  const path = join(folder, relativePath);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
