import { MigrationInterface, QueryRunner } from 'typeorm';
import { CORE_SCHEMA } from 'twenty-shared';

export class CreateApiKey1717000000004 implements MigrationInterface {
  name = 'CreateApiKey1717000000004';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "${CORE_SCHEMA}"."api_key" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "workspaceId" uuid NOT NULL,
        "name" character varying NOT NULL,
        "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL,
        "revokedAt" TIMESTAMP WITH TIME ZONE,
        "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_api_key" PRIMARY KEY ("id"),
        CONSTRAINT "FK_api_key_workspace"
          FOREIGN KEY ("workspaceId")
          REFERENCES "${CORE_SCHEMA}"."workspace" ("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_api_key_workspace_id"
        ON "${CORE_SCHEMA}"."api_key" ("workspaceId")
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX "${CORE_SCHEMA}"."IDX_api_key_workspace_id"`,
    );
    await queryRunner.query(`DROP TABLE "${CORE_SCHEMA}"."api_key"`);
  }
}
