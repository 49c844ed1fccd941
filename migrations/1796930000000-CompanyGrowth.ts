import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 14: the way from the representative office to a branch (§13d HGB) and a subsidiary (GmbH/UG), with the branch's checklist uploads. */
export class CompanyGrowth1796930000000 implements MigrationInterface {
  name = 'CompanyGrowth1796930000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."company_growth_stage" AS ENUM('preparing', 'handed_over_to_notary', 'registered')`);
    await queryRunner.query(
      `CREATE TABLE "company_growth_plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "establishment_id" uuid NOT NULL, "kind" "public"."establishment_kind" NOT NULL, "stage" "public"."company_growth_stage" NOT NULL DEFAULT 'preparing', "subsidiary" jsonb, "business_start_date" date, "trade_registration_done_at" TIMESTAMP WITH TIME ZONE, "tax_registration_done_at" TIMESTAMP WITH TIME ZONE, "trade_registration_reminded_at" TIMESTAMP WITH TIME ZONE, "tax_registration_reminded_at" TIMESTAMP WITH TIME ZONE, "handed_over_at" TIMESTAMP WITH TIME ZONE, "register_court" character varying(100), "register_number" character varying(40), "registered_at" TIMESTAMP WITH TIME ZONE, "created_by_account_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_fe142b606dbc3be1cd33a85ebe" UNIQUE ("establishment_id"), CONSTRAINT "PK_23971e7f6be9867a0dd454beb4f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4caf8669f8c58fb1f3197acec9" ON "company_growth_plans"  ("stage", "updated_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_company_growth_plans_company_kind" ON "company_growth_plans"  ("company_id", "kind") `);
    await queryRunner.query(
      `CREATE TYPE "public"."company_growth_checklist_item" AS ENUM('parent_existence_proof', 'permanent_representatives', 'certified_translations', 'apostille')`,
    );
    await queryRunner.query(
      `CREATE TABLE "company_growth_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "item" "public"."company_growth_checklist_item" NOT NULL, "file_name" character varying(200) NOT NULL, "media_type" character varying(40) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "storage_key" character varying(64) NOT NULL, "uploaded_by_account_id" uuid NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fd7528c6821804361d9e18f45af" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_company_growth_documents_storage_key" ON "company_growth_documents"  ("storage_key") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_company_growth_documents_plan_item" ON "company_growth_documents"  ("plan_id", "item") `);
    await queryRunner.query(
      `ALTER TABLE "company_growth_plans" ADD CONSTRAINT "FK_cc1c259b16353f96182b996f070" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "company_growth_plans" ADD CONSTRAINT "FK_fe142b606dbc3be1cd33a85ebe8" FOREIGN KEY ("establishment_id") REFERENCES "establishments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "company_growth_documents" ADD CONSTRAINT "FK_695e410268194981f61cb8282e9" FOREIGN KEY ("plan_id") REFERENCES "company_growth_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "company_growth_documents" DROP CONSTRAINT "FK_695e410268194981f61cb8282e9"`);
    await queryRunner.query(`ALTER TABLE "company_growth_plans" DROP CONSTRAINT "FK_fe142b606dbc3be1cd33a85ebe8"`);
    await queryRunner.query(`ALTER TABLE "company_growth_plans" DROP CONSTRAINT "FK_cc1c259b16353f96182b996f070"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_company_growth_documents_plan_item"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_company_growth_documents_storage_key"`);
    await queryRunner.query(`DROP TABLE "company_growth_documents"`);
    await queryRunner.query(`DROP TYPE "public"."company_growth_checklist_item"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_company_growth_plans_company_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4caf8669f8c58fb1f3197acec9"`);
    await queryRunner.query(`DROP TABLE "company_growth_plans"`);
    await queryRunner.query(`DROP TYPE "public"."company_growth_stage"`);
  }
}
