import { MigrationInterface, QueryRunner } from 'typeorm';
import { CORE_SCHEMA } from 'twenty-shared';

export class CreateFeatureFlag1717000000005 implements MigrationInterface {
  name = 'CreateFeatureFlag1717000000005';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "${CORE_SCHEMA}"."feature_flag" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "workspaceId" uuid NOT NULL,
        "key" character varying NOT NULL,
        "value" boolean NOT NULL DEFAULT false,
        CONSTRAINT "PK_feature_flag" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_feature_flag_workspace_key" UNIQUE ("workspaceId", "key"),
        CONSTRAINT "FK_feature_flag_workspace"
          FOREIGN KEY ("workspaceId")
          REFERENCES "${CORE_SCHEMA}"."workspace" ("id") ON DELETE CASCADE
      )
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${CORE_SCHEMA}"."feature_flag"`);
  }
}
