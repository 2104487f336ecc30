import { createRequire } from 'node:module';
import { transformSync } from '@swc/core';
import { addHook } from 'pirates';
import { loadConfig, register } from 'tsconfig-paths';

export interface RegisterTypeScriptOptions {
  /**
   * The tsconfig whose `baseUrl` and `paths` map imports, as an absolute
   * path. @default no path mapping
   */
  tsConfigPath?: string;
}

const TYPESCRIPT_EXTENSIONS = ['.ts', '.tsx', '.cts', '.mts'];

/**
 * Lets `require` load TypeScript outside node_modules, compiled by SWC to
 * CommonJS without type checks, with the decorators TypeORM entities need,
 * and with the tsconfig's path aliases. Returns a function that undoes all
 * of it and forgets the modules it compiled, so a later call reads them
 * afresh.
 */
export function registerTypeScript(
  options: RegisterTypeScriptOptions = {},
): () => void {
  const compiled = new Set<string>();
  const revertHook = addHook(
    (code, filename) => {
      compiled.add(filename);
      return compileTypeScript(code, filename);
    },
    { exts: TYPESCRIPT_EXTENSIONS, ignoreNodeModules: true },
  );
  const unregisterPaths = registerPaths(options.tsConfigPath);

  return () => {
    revertHook();
    unregisterPaths();
    // Node's own module cache, also when a test runner wraps `require`.
    const cache = createRequire(__filename).cache;
    for (const filename of compiled) delete cache[filename];
  };
}

function compileTypeScript(code: string, filename: string): string {
  try {
    return transformWithSwc(code, filename);
  } catch (error) {
    throw new Error(trimSwcError(error));
  }
}

// SWC appends its cause chain and a native backtrace to the code frame.
function trimSwcError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*Caused by:[\s\S]*$/, '').trim();
}

function transformWithSwc(code: string, filename: string): string {
  return transformSync(code, {
    filename,
    swcrc: false,
    configFile: false,
    module: { type: 'commonjs' },
    jsc: {
      target: 'es2022',
      keepClassNames: true,
      parser: {
        syntax: 'typescript',
        decorators: true,
        tsx: filename.endsWith('.tsx'),
      },
      // What `experimentalDecorators` and `emitDecoratorMetadata` do in tsc;
      // TypeORM entities and NestJS modules rely on both.
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        useDefineForClassFields: false,
      },
    },
  }).code;
}

function registerPaths(tsConfigPath: string | undefined): () => void {
  if (!tsConfigPath) return () => undefined;

  const config = loadConfig(tsConfigPath);
  if (config.resultType === 'failed') return () => undefined;
  return register({
    baseUrl: config.absoluteBaseUrl,
    paths: config.paths,
    addMatchAll: config.addMatchAll,
    cwd: config.absoluteBaseUrl,
  });
}
