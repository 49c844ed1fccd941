import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17: venues apply from the account (`venue_applications`, one open application per account,
 * at most one venue per application), operators invite colleagues (`venue_invitations`), an account
 * operates at most one venue, and staff can take a venue out of service (`venues.active`).
 */
export class VenueOnboarding1798020000000 implements MigrationInterface {
  name = 'VenueOnboarding1798020000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "venues" ADD "active" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_venue_operators_account" ON "venue_operators" ("account_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."venue_application_status" AS ENUM('submitted', 'info_requested', 'approved', 'rejected')`,
    );
    await queryRunner.query(
      `CREATE TABLE "venue_applications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "applicant_account_id" uuid NOT NULL, "organisation_name" character varying(200) NOT NULL, "kind" "public"."venue_kind" NOT NULL, "address" character varying(300) NOT NULL, "district" character varying(40) NOT NULL, "contact_name" character varying(200) NOT NULL, "contact_email" character varying(254) NOT NULL, "contact_phone" character varying(40) NOT NULL, "description" character varying(2000) NOT NULL DEFAULT '', "categories" text array NOT NULL, "offers" jsonb NOT NULL, "status" "public"."venue_application_status" NOT NULL DEFAULT 'submitted', "info_request" text, "applicant_answer" text, "rejection_reason" character varying(60), "decision_message" text, "venue_id" uuid, "decided_by_account_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_venue_applications_decided" CHECK ("status" IN ('submitted', 'info_requested') OR "decided_at" IS NOT NULL), CONSTRAINT "CHK_venue_applications_rejection" CHECK ("status" <> 'rejected' OR "rejection_reason" IS NOT NULL), CONSTRAINT "PK_venue_applications" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_venue_applications_status_created" ON "venue_applications" ("status", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_venue_applications_applicant" ON "venue_applications" ("applicant_account_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_venue_applications_venue" ON "venue_applications" ("venue_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_venue_applications_open" ON "venue_applications" ("applicant_account_id") WHERE "status" IN ('submitted', 'info_requested')`,
    );
    await queryRunner.query(
      `CREATE TABLE "venue_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "venue_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "token_hash" character(64) NOT NULL, "invited_by_account_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by_account_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_venue_invitations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_venue_invitations_token_hash" ON "venue_invitations" ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_venue_invitations_venue_created" ON "venue_invitations" ("venue_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "venue_applications" ADD CONSTRAINT "FK_venue_applications_applicant" FOREIGN KEY ("applicant_account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "venue_applications" ADD CONSTRAINT "FK_venue_applications_venue" FOREIGN KEY ("venue_id") REFERENCES "venues"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "venue_invitations" ADD CONSTRAINT "FK_venue_invitations_venue" FOREIGN KEY ("venue_id") REFERENCES "venues"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "venue_invitations" DROP CONSTRAINT "FK_venue_invitations_venue"`);
    await queryRunner.query(`ALTER TABLE "venue_applications" DROP CONSTRAINT "FK_venue_applications_venue"`);
    await queryRunner.query(`ALTER TABLE "venue_applications" DROP CONSTRAINT "FK_venue_applications_applicant"`);
    await queryRunner.query(`DROP TABLE "venue_invitations"`);
    await queryRunner.query(`DROP TABLE "venue_applications"`);
    await queryRunner.query(`DROP TYPE "public"."venue_application_status"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_venue_operators_account"`);
    await queryRunner.query(`ALTER TABLE "venues" DROP COLUMN "active"`);
  }
}
