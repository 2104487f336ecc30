import { MigrationInterface, QueryRunner } from 'typeorm';
import { CORE_SCHEMA } from 'twenty-shared';

export class AddWorkspaceActivationStatus1717000000006 implements MigrationInterface {
  name = 'AddWorkspaceActivationStatus1717000000006';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "${CORE_SCHEMA}"."workspace"
        ADD COLUMN "activationStatus" character varying NOT NULL
          DEFAULT 'active',
        ADD CONSTRAINT "CHK_workspace_activation_status"
          CHECK ("activationStatus" IN ('pending', 'active', 'suspended'))
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "${CORE_SCHEMA}"."workspace"
        DROP CONSTRAINT "CHK_workspace_activation_status",
        DROP COLUMN "activationStatus"
    `);
  }
}
