import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 15: communication staff, who publish news, run events and surveys (the participation domain). */
export class ParticipationRole1797000000000 implements MigrationInterface {
  name = 'ParticipationRole1797000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."account_role" ADD VALUE IF NOT EXISTS 'staff_communication' AFTER 'staff_economic_development'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // PostgreSQL cannot drop an enum value: rebuild the type without it.
    await queryRunner.query(`UPDATE "accounts" SET "roles" = array_remove("roles", 'staff_communication')`);
    await queryRunner.query(`ALTER TABLE "accounts" ALTER COLUMN "roles" DROP DEFAULT`);
    await queryRunner.query(`ALTER TYPE "public"."account_role" RENAME TO "account_role_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."account_role" AS ENUM('resident', 'company_rep', 'venue_operator', 'staff_citizens_office', 'staff_economic_development', 'admin')`,
    );
    await queryRunner.query(`ALTER TABLE "accounts" ALTER COLUMN "roles" TYPE "public"."account_role"[] USING "roles"::text[]::"public"."account_role"[]`);
    await queryRunner.query(`ALTER TABLE "accounts" ALTER COLUMN "roles" SET DEFAULT '{}'`);
    await queryRunner.query(`DROP TYPE "public"."account_role_old"`);
  }
}
