import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 14: the VIES answer for a company's VAT id (one row per company, pending while VIES cannot answer). */
export class CompanyVatChecks1796910000000 implements MigrationInterface {
  name = 'CompanyVatChecks1796910000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "company_vat_checks" ("company_id" uuid NOT NULL, "vat_id" character varying(20) NOT NULL, "status" character varying(10) NOT NULL, "registered_name" character varying(300), "registered_address" character varying(600), "request_identifier" character varying(100), "checked_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_attempt_at" TIMESTAMP WITH TIME ZONE, "last_error" character varying(40), "next_attempt_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_company_vat_checks_status" CHECK ("status" IN ('pending', 'valid', 'invalid')), CONSTRAINT "PK_5892be218a63a01b26661953b49" PRIMARY KEY ("company_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_company_vat_checks_pending" ON "company_vat_checks" ("next_attempt_at") WHERE "status" = 'pending'`);
    await queryRunner.query(
      `ALTER TABLE "company_vat_checks" ADD CONSTRAINT "FK_5892be218a63a01b26661953b49" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "company_vat_checks" DROP CONSTRAINT "FK_5892be218a63a01b26661953b49"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_company_vat_checks_pending"`);
    await queryRunner.query(`DROP TABLE "company_vat_checks"`);
  }
}
