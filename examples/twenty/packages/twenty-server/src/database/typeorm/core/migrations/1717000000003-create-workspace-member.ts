import { MigrationInterface, QueryRunner } from 'typeorm';
import { CORE_SCHEMA } from 'twenty-shared';

export class CreateWorkspaceMember1717000000003 implements MigrationInterface {
  name = 'CreateWorkspaceMember1717000000003';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "${CORE_SCHEMA}"."workspace_member" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "workspaceId" uuid NOT NULL,
        "userId" uuid NOT NULL,
        "role" character varying NOT NULL DEFAULT 'member',
        "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_workspace_member" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_workspace_member_workspace_user"
          UNIQUE ("workspaceId", "userId"),
        CONSTRAINT "FK_workspace_member_workspace"
          FOREIGN KEY ("workspaceId")
          REFERENCES "${CORE_SCHEMA}"."workspace" ("id") ON DELETE CASCADE,
        CONSTRAINT "FK_workspace_member_user"
          FOREIGN KEY ("userId")
          REFERENCES "${CORE_SCHEMA}"."user" ("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_workspace_member_user_id"
        ON "${CORE_SCHEMA}"."workspace_member" ("userId")
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX "${CORE_SCHEMA}"."IDX_workspace_member_user_id"`,
    );
    await queryRunner.query(`DROP TABLE "${CORE_SCHEMA}"."workspace_member"`);
  }
}
