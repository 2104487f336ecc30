import {
  catchError,
  dataSource,
  infer,
  inferTargets,
  keepWorkspaceDataInEachRoot,
  writeWorkspace,
} from '../testing/create-nodes-workspace';

keepWorkspaceDataInEachRoot();

describe('createNodes for migrations', () => {
  it('should give each further data source of a project its own target', async () => {
    const root = writeWorkspace({
      'apps/api/project.json': '{ "name": "api" }',
      'apps/api/src/core.datasource.ts': dataSource,
      'apps/api/src/metadata.datasource.ts': dataSource,
      'apps/api/src/notes.datasource.ts': '// new DataSource( in a comment\n',
    });

    const targets = await inferTargets(root);

    expect(Object.keys(targets['apps/api'])).toEqual([
      'db-migrate',
      'db-migrate:metadata',
    ]);
    expect(targets['apps/api']['db-migrate:metadata']).toMatchObject({
      options: { dataSource: 'apps/api/src/metadata.datasource.ts' },
    });
  });

  it('should take data sources and env files from the options', async () => {
    const root = writeWorkspace({
      'apps/api/project.json': '{ "name": "api" }',
      'apps/api/src/db/source.ts': dataSource,
    });

    const targets = await inferTargets(root, {
      dataSources: { 'apps/api': 'apps/api/src/db/source.ts' },
      envFile: { 'apps/api': 'apps/api/.env.test' },
    });

    expect(targets['apps/api']['db-migrate']).toMatchObject({
      inputs: [
        '{projectRoot}/src/db/source.ts',
        '{projectRoot}/src/db/**/migrations/**/*',
        '{projectRoot}/.env.test',
      ],
      options: {
        dataSource: 'apps/api/src/db/source.ts',
        envFile: 'apps/api/.env.test',
      },
    });
  });

  it('should give a folder of SQL migrations a db-migrate target in sql mode', async () => {
    const root = writeWorkspace({
      'apps/billing/project.json': '{ "name": "billing" }',
      'apps/billing/compose.yaml': 'services:\n  db:\n    image: postgres:16\n',
      'apps/billing/db/migrations/0001_create-invoices.sql': 'SELECT 1;\n',
      'apps/billing/db/migrations/0002_add-totals.sql': 'SELECT 2;\n',
      'apps/billing/db/seeds/demo.sql': 'SELECT 3;\n',
    });

    const targets = await inferTargets(root);

    expect(targets['apps/billing']['db-migrate']).toMatchObject({
      executor: '@twenty/devops:db-migrate',
      cache: false,
      dependsOn: ['docker-up'],
      inputs: ['{projectRoot}/db/migrations/**/*'],
      options: {
        mode: 'sql',
        migrationsDirectory: 'apps/billing/db/migrations',
      },
    });
    expect(Object.keys(targets['apps/billing'])).toHaveLength(3);
  });

  it('should take a SQL folder from the migrationsDirectories option', async () => {
    const root = writeWorkspace({
      'apps/billing/project.json': '{ "name": "billing" }',
      'apps/billing/sql/create-invoices.sql': 'SELECT 1;\n',
    });

    const targets = await inferTargets(root, {
      migrationsDirectories: { 'apps/billing': 'apps/billing/sql' },
    });

    expect(targets['apps/billing']['db-migrate']).toMatchObject({
      options: { mode: 'sql', migrationsDirectory: 'apps/billing/sql' },
    });
  });

  it('should name the option and the path of a missing data source', async () => {
    const root = writeWorkspace({ 'apps/api/project.json': '{}' });

    const error = await catchError(
      infer(root, { dataSources: { 'apps/api': 'apps/api/missing.ts' } }),
    );

    expect(error.errors[0][0]).toBe('apps/api/missing.ts');
    expect(error.errors[0][1].message).toMatch(
      /^The path apps\/api\/missing\.ts, given for apps\/api in plugin option dataSources, does not exist\./,
    );
  });
});
