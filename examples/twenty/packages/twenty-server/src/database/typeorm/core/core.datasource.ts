import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { CORE_SCHEMA, MIGRATIONS_TABLE } from 'twenty-shared';

import { ApiKey } from './entities/api-key.entity';
import { FeatureFlag } from './entities/feature-flag.entity';
import { User } from './entities/user.entity';
import { WorkspaceMember } from './entities/workspace-member.entity';
import { Workspace } from './entities/workspace.entity';

// Loaded as TypeScript by `nx run twenty-server:db-migrate`, and from the
// compiled JavaScript in production, so the glob takes both extensions.
export const connectionSource = new DataSource({
  type: 'postgres',
  url: process.env.PG_DATABASE_URL,
  schema: CORE_SCHEMA,
  migrationsTableName: MIGRATIONS_TABLE,
  migrations: [__dirname + '/migrations/*{.ts,.js}'],
  entities: [Workspace, User, WorkspaceMember, ApiKey, FeatureFlag],
  logging: ['error'],
});
