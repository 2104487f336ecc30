import { MigrationInterface, QueryRunner } from 'typeorm';
import { CORE_SCHEMA } from 'twenty-shared';

export class CreateUser1717000000002 implements MigrationInterface {
  name = 'CreateUser1717000000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "${CORE_SCHEMA}"."user" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" character varying NOT NULL,
        "firstName" character varying NOT NULL DEFAULT '',
        "lastName" character varying NOT NULL DEFAULT '',
        "defaultWorkspaceId" uuid,
        "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_user" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_user_email" UNIQUE ("email"),
        CONSTRAINT "FK_user_default_workspace"
          FOREIGN KEY ("defaultWorkspaceId")
          REFERENCES "${CORE_SCHEMA}"."workspace" ("id") ON DELETE SET NULL
      )
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${CORE_SCHEMA}"."user"`);
  }
}
