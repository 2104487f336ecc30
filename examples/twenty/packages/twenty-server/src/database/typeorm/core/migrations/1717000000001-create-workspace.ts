import { MigrationInterface, QueryRunner } from 'typeorm';
import { CORE_SCHEMA } from 'twenty-shared';

export class CreateWorkspace1717000000001 implements MigrationInterface {
  name = 'CreateWorkspace1717000000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "${CORE_SCHEMA}"."workspace" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "displayName" character varying NOT NULL,
        "subdomain" character varying NOT NULL,
        "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "deletedAt" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_workspace" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_workspace_subdomain" UNIQUE ("subdomain")
      )
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${CORE_SCHEMA}"."workspace"`);
  }
}
