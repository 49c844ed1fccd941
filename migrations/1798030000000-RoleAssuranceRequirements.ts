import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 17, item 2: the level of assurance each staff role needs (below it the role is not used). */
export class RoleAssuranceRequirements1798030000000 implements MigrationInterface {
  name = 'RoleAssuranceRequirements1798030000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "role_assurance_requirements" ("role" "public"."account_role" NOT NULL, "minimum_assurance" "public"."assurance_level" NOT NULL, "updated_by_account_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_role_assurance_requirements_role" CHECK ("role" IN ('staff_citizens_office', 'staff_economic_development', 'staff_communication', 'admin')), CONSTRAINT "PK_ea1874d0f791da30f47f4b15f67" PRIMARY KEY ("role"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "role_assurance_requirements"`);
  }
}
