import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { redactDatabaseUrl } from '../../../database/redact-database-url';
import { readErrorMessage } from '../../../database/read-error-message';
import { DevopsError } from '../../../errors/devops-error';
import { registerTypeScript } from '../../../migrations/register-typescript';
import { selectDataSource } from '../../../migrations/select-data-source';
import type { TypeOrmDataSource } from '../../../migrations/typeorm-data-source';
import type { NormalizedOptions } from './normalize-options';

export interface ImportedDataSource {
  dataSource: TypeOrmDataSource;
  /** Undoes the TypeScript support; call it once the migrations ran. */
  release(): void;
}

/**
 * Loads the data source file in this process, TypeScript included, and
 * picks its DataSource. TypeScript support stays on until `release()`,
 * because TypeORM loads the migration files later, in `initialize()`.
 */
export function importDataSource(
  options: NormalizedOptions,
): ImportedDataSource {
  const path = options.dataSourcePath ?? '';
  const file = relative(options.root, path);
  const release = registerTypeScript({ tsConfigPath: options.tsConfigPath });
  try {
    // Node's own require, so that the TypeScript hook applies even when
    // this code itself runs under a test runner.
    const moduleExports = createRequire(path)(path);
    const dataSource = selectDataSource(
      moduleExports,
      options.dataSourceExport,
      file,
    );
    return { dataSource, release };
  } catch (error) {
    release();
    if (error instanceof DevopsError) throw error;
    throw new DevopsError(
      `Cannot load the data source file ${file}: ${describeLoadError(error)}`,
      'Check that the file and what it imports exist and compile; when its path aliases come from another tsconfig, set the tsConfig option.',
    );
  }
}

// Node lists the require stack under a missing module; the file is named
// already, and a compile error keeps its code frame.
function describeLoadError(error: unknown): string {
  const message = readErrorMessage(error).replace(
    /\nRequire stack:[\s\S]*$/,
    '',
  );
  return redactDatabaseUrl(message);
}
