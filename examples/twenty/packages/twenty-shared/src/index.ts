/** The PostgreSQL schema that holds workspaces, users and their keys. */
export const CORE_SCHEMA = 'core';

/** The table in which TypeORM records the migrations it has applied. */
export const MIGRATIONS_TABLE = '_typeorm_migrations';

/** The roles a workspace member can hold. */
export const WORKSPACE_MEMBER_ROLES = ['owner', 'admin', 'member'] as const;

export type WorkspaceMemberRole = (typeof WORKSPACE_MEMBER_ROLES)[number];

/** How many API keys one workspace may hold at once. */
export const MAX_API_KEYS_PER_WORKSPACE = 20;
