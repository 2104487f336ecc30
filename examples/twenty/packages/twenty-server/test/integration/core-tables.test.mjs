// Checks the core tables that `nx run twenty-server:db-migrate` creates.
// Every test runs in a transaction that is rolled back, so nothing it
// inserts outlives it.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { afterEach, after, before, beforeEach, describe, it } from 'node:test';
import pg from 'pg';

const projectRoot = new URL('../../', import.meta.url);
const migrationsDir = new URL(
  'src/database/typeorm/core/migrations/',
  projectRoot,
);

// Variables already set in the environment win over the file, so a test
// that moved the database to another port only has to export the URL.
const envFile = new URL('.env', projectRoot);
if (existsSync(envFile)) process.loadEnvFile(envFile);

const FOREIGN_KEY_VIOLATION = '23503';
const UNIQUE_VIOLATION = '23505';

describe('core tables', () => {
  const client = new pg.Client({
    connectionString: process.env.PG_DATABASE_URL,
  });

  before(async () => {
    assert.ok(
      process.env.PG_DATABASE_URL,
      'PG_DATABASE_URL is not set: export it or write it to .env',
    );
    await client.connect();
  });
  after(() => client.end());
  beforeEach(() => client.query('BEGIN'));
  afterEach(() => client.query('ROLLBACK'));

  it('should have every core table', async () => {
    const { rows } = await client.query(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'core'`,
    );
    const tables = rows.map((row) => row.table_name);

    for (const table of [
      '_typeorm_migrations',
      'workspace',
      'user',
      'workspace_member',
      'api_key',
      'feature_flag',
    ]) {
      assert.ok(tables.includes(table), `core.${table} is missing`);
    }
  });

  it('should have recorded one row per migration file', async () => {
    const files = readdirSync(migrationsDir).filter((file) =>
      /\.(ts|js)$/.test(file),
    );
    const { rows } = await client.query(
      'SELECT name FROM core._typeorm_migrations',
    );

    assert.equal(rows.length, files.length);
  });

  it('should insert a workspace with a member and an API key', async () => {
    const workspace = await insertWorkspace(client);
    const user = await insertUser(client, workspace.id);

    await insertMember(client, workspace.id, user.id);
    await insertApiKey(client, workspace.id);

    const { rows } = await client.query(
      `SELECT w."activationStatus", m.role, count(k.id)::int AS keys
         FROM core.workspace w
         JOIN core.workspace_member m ON m."workspaceId" = w.id
         JOIN core.api_key k ON k."workspaceId" = w.id
        WHERE w.id = $1
        GROUP BY w."activationStatus", m.role`,
      [workspace.id],
    );
    assert.deepEqual(rows, [
      { activationStatus: 'active', role: 'owner', keys: 1 },
    ]);
  });

  it('should reject a member of a workspace that does not exist', async () => {
    const workspace = await insertWorkspace(client);
    const user = await insertUser(client, workspace.id);

    await assert.rejects(
      insertMember(client, '00000000-0000-0000-0000-000000000000', user.id),
      { code: FOREIGN_KEY_VIOLATION },
    );
  });

  it('should reject the same user joining a workspace twice', async () => {
    const workspace = await insertWorkspace(client);
    const user = await insertUser(client, workspace.id);
    await insertMember(client, workspace.id, user.id);

    await assert.rejects(insertMember(client, workspace.id, user.id), {
      code: UNIQUE_VIOLATION,
    });
  });

  it('should delete members and API keys with their workspace', async () => {
    const workspace = await insertWorkspace(client);
    const user = await insertUser(client, workspace.id);
    await insertMember(client, workspace.id, user.id);
    await insertApiKey(client, workspace.id);

    await client.query('DELETE FROM core.workspace WHERE id = $1', [
      workspace.id,
    ]);

    const left = await client.query(
      `SELECT
         (SELECT count(*)::int FROM core.workspace_member
           WHERE "workspaceId" = $1) AS members,
         (SELECT count(*)::int FROM core.api_key
           WHERE "workspaceId" = $1) AS "apiKeys",
         (SELECT "defaultWorkspaceId" FROM core."user"
           WHERE id = $2) AS "defaultWorkspaceId"`,
      [workspace.id, user.id],
    );
    assert.deepEqual(left.rows, [
      { members: 0, apiKeys: 0, defaultWorkspaceId: null },
    ]);
  });
});

async function insertWorkspace(client) {
  const subdomain = `test-${randomUUID()}`;
  const { rows } = await client.query(
    `INSERT INTO core.workspace ("displayName", subdomain)
     VALUES ('Test workspace', $1) RETURNING id`,
    [subdomain],
  );
  return rows[0];
}

async function insertUser(client, workspaceId) {
  const email = `user-${workspaceId}@example.com`;
  const { rows } = await client.query(
    `INSERT INTO core."user" (email, "defaultWorkspaceId")
     VALUES ($1, $2) RETURNING id`,
    [email, workspaceId],
  );
  return rows[0];
}

async function insertMember(client, workspaceId, userId) {
  await client.query(
    `INSERT INTO core.workspace_member ("workspaceId", "userId", role)
     VALUES ($1, $2, 'owner')`,
    [workspaceId, userId],
  );
}

async function insertApiKey(client, workspaceId) {
  await client.query(
    `INSERT INTO core.api_key ("workspaceId", name, "expiresAt")
     VALUES ($1, 'ci', now() + interval '1 day')`,
    [workspaceId],
  );
}
