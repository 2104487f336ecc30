import { join } from 'node:path';
import {
  password,
  envUrl,
  root,
  context,
  lines,
  setUp,
} from '../../testing/db-migrate-executor-fixture';

describe('db-migrate executor, command mode', () => {
  const command = {
    mode: 'command' as const,
    command: 'node migrate.js --force',
  };

  it('should run the command through the shell in the project root with the URL and envFile variables', async () => {
    const { executor, deps } = setUp(undefined, { PATH: '/bin' });

    await expect(
      executor(
        {
          ...command,
          envFile: '.env',
          databaseUrlEnv: ['DB_URL', 'PG_DATABASE_URL'],
        },
        context,
      ),
    ).resolves.toEqual({ success: true });

    expect(deps.runProcess).toHaveBeenCalledWith(
      '/bin/sh',
      ['-c', 'node migrate.js --force'],
      expect.objectContaining({ cwd: join(root, 'apps/api'), stream: true }),
    );
    const { env } = deps.runProcess.mock.calls[0][2] ?? {};
    expect(env).toEqual({
      PATH: '/bin',
      PG_DATABASE_URL: envUrl,
      FROM_FILE: 'yes',
      DB_URL: envUrl,
    });
  });

  it('should wait for the database before running the command', async () => {
    const { executor, deps } = setUp(undefined, { PG_DATABASE_URL: envUrl });

    await executor({ ...command, waitTimeoutSeconds: 5 }, context);

    expect(deps.openSession).toHaveBeenCalledWith(
      envUrl,
      expect.objectContaining({ timeoutSeconds: 5 }),
    );
    expect(deps.openSession.mock.invocationCallOrder[0]).toBeLessThan(
      deps.runProcess.mock.invocationCallOrder[0],
    );
  });

  it('should run in the cwd option, resolved against the workspace root', async () => {
    const { executor, deps } = setUp(undefined, { PG_DATABASE_URL: envUrl });

    await executor({ ...command, cwd: 'apps' }, context);

    expect(deps.runProcess.mock.calls[0][2]?.cwd).toBe(join(root, 'apps'));
  });

  it('should hide the password in the streamed output', async () => {
    const { executor, deps } = setUp(undefined, { PG_DATABASE_URL: envUrl });

    await executor(command, context);

    const filter = deps.runProcess.mock.calls[0][2]?.filterOutput;
    expect(filter?.(`connecting to ${envUrl} as app/${password}`)).toBe(
      'connecting to postgres://app:***@localhost:5432/default as app/***',
    );
  });

  it('should fail in one line naming the command and its exit code', async () => {
    const { executor, deps } = setUp(undefined, { PG_DATABASE_URL: envUrl });
    deps.runProcess.mockResolvedValue({
      exitCode: 3,
      stdout: '',
      stderr: 'boom',
    });

    await expect(executor(command, context)).resolves.toEqual({
      success: false,
    });

    expect(lines.filter((line) => line.startsWith('error:'))).toEqual([
      'error: Migration command `node migrate.js --force` failed with exit code 3 (in apps/api); its output is above.',
    ]);
  });

  it('should print the command a dry run would run, and neither run it nor take the lock', async () => {
    const { executor, deps, queries, session } = setUp(undefined, {
      PG_DATABASE_URL: envUrl,
    });

    await expect(
      executor({ ...command, dryRun: true }, context),
    ).resolves.toEqual({ success: true });

    expect(deps.runProcess).not.toHaveBeenCalled();
    expect(queries.some((q) => q.includes('advisory'))).toBe(false);
    expect(session.close).toHaveBeenCalled();
    expect(lines).toContain(
      'info: Dry run: would run `node migrate.js --force` in apps/api with the database URL in PG_DATABASE_URL; nothing was run.',
    );
  });

  it('should print in a dry run the very command a real run hands the shell', async () => {
    const dry = setUp(undefined, { DB_URL: envUrl });
    const quoted = { ...command, command: 'node migrate.js --tag "a b"' };
    await dry.executor(
      { ...quoted, dryRun: true, databaseUrlEnv: ['DB_URL'] },
      context,
    );
    const printed =
      /would run `(.+)` in (\S+) with the database URL in (\w+)/.exec(
        lines.join('\n'),
      );

    const real = setUp(undefined, { DB_URL: envUrl });
    await real.executor({ ...quoted, databaseUrlEnv: ['DB_URL'] }, context);
    const [file, args, runOptions] = real.deps.runProcess.mock.calls[0];

    expect(dry.deps.runProcess).not.toHaveBeenCalled();
    expect([file, args]).toEqual(['/bin/sh', ['-c', printed?.[1]]]);
    expect(args[1]).toBe('node migrate.js --tag "a b"');
    expect(runOptions?.cwd).toBe(join(root, printed?.[2] ?? ''));
    expect(runOptions?.env?.[printed?.[3] ?? '']).toBe(envUrl);
  });

  it('should fail naming the variables when no database URL is set', async () => {
    const { executor, deps } = setUp();

    await expect(executor(command, context)).resolves.toEqual({
      success: false,
    });

    expect(lines.join('\n')).toContain(
      'error: No database URL: the databaseUrl option is not set, PG_DATABASE_URL, DATABASE_URL are not set.',
    );
    expect(deps.runProcess).not.toHaveBeenCalled();
  });
});
