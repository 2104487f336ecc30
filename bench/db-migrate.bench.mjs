// db-migrate with 20 migrations and nothing pending, against TypeORM's own
// CLI through ts-node (see typeorm-migration-sides.mjs).
import { compareCommands } from './compare-commands.mjs';
import {
  prepareMigrationSides,
  runDbMigrate,
} from './typeorm-migration-sides.mjs';

export function benchDbMigrate({ workspace, env, runs }) {
  const sides = prepareMigrationSides({
    workspace,
    env,
    count: 20,
    anchorArgs: [],
  });
  runDbMigrate(workspace, env);

  return compareCommands({
    name: 'db-migrate with 20 migrations, none pending',
    runs,
    ...sides,
  });
}
