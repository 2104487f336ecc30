import { DevopsError } from '../errors/devops-error';
import { selectDataSource } from './select-data-source';

function fakeDataSource() {
  return { options: {}, initialize: jest.fn(), runMigrations: jest.fn() };
}

const file = 'apps/api/src/db.datasource.ts';

describe('selectDataSource', () => {
  it('should pick the only export shaped like a DataSource', () => {
    const dataSource = fakeDataSource();
    const picked = selectDataSource(
      { connectionSource: dataSource, typeORMCoreModuleOptions: { url: 'x' } },
      undefined,
      file,
    );
    expect(picked).toBe(dataSource);
  });

  it('should pick a default export', () => {
    const dataSource = fakeDataSource();
    expect(selectDataSource({ default: dataSource }, undefined, file)).toBe(
      dataSource,
    );
  });

  it('should pick the export named by dataSourceExport among several', () => {
    const metadata = fakeDataSource();
    const core = fakeDataSource();
    expect(selectDataSource({ core, metadata }, 'metadata', file)).toBe(
      metadata,
    );
  });

  it('should fail listing the export names when none is a DataSource', () => {
    const pick = () =>
      selectDataSource(
        { __esModule: true, options: {}, build: () => 1 },
        undefined,
        file,
      );
    expect(pick).toThrow(DevopsError);
    expect(pick).toThrow(
      `The data source file ${file} exports no TypeORM DataSource (its exports: options, build).`,
    );
  });

  it('should fail naming the candidates when several are DataSources', () => {
    const pick = () =>
      selectDataSource(
        { core: fakeDataSource(), metadata: fakeDataSource() },
        undefined,
        file,
      );
    expect(pick).toThrow('exports 2 TypeORM DataSources (core, metadata)');
  });

  it('should fail naming the exports when dataSourceExport matches none', () => {
    const pick = () =>
      selectDataSource({ core: fakeDataSource() }, 'main', file);
    expect(pick).toThrow(
      `The data source file ${file} has no export named "main" (dataSourceExport). Its exports: core.`,
    );
  });

  it('should fail when dataSourceExport names something else', () => {
    const pick = () =>
      selectDataSource(
        { core: fakeDataSource(), options: {} },
        'options',
        file,
      );
    expect(pick).toThrow('is not a TypeORM DataSource named "options"');
  });
});
