import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One eID identity (issuer + subject) verifies one account; eID sign-in (authorizations without an
 * account, and the claims of a first sign-in waiting for an account); cards record whether the
 * holder's name comes from a verified identity.
 */
export class VerifiedIdentityOwnership1796600000000 implements MigrationInterface {
  name = 'VerifiedIdentityOwnership1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Databases from before the constraint may hold one eID identity on several accounts: the
    // earliest keeps it; the others keep their record, marked so that it never matches again (the
    // audit log tells staff which accounts those are).
    await queryRunner.query(
      `UPDATE "verified_identities" v SET "source_subject" = left(v."source_subject", 200) || '#duplicate:' || v."account_id" WHERE EXISTS (SELECT 1 FROM "verified_identities" w WHERE w."source" = v."source" AND w."source_subject" = v."source_subject" AND (w."verified_at", w."account_id") < (v."verified_at", v."account_id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_verified_identities_source_subject" ON "verified_identities" ("source", "source_subject") `);
    await queryRunner.query(`ALTER TABLE "eid_authorizations" ALTER COLUMN "account_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "eid_authorizations" ADD "purpose" character varying(20) NOT NULL DEFAULT 'verify'`);
    await queryRunner.query(`ALTER TABLE "eid_authorizations" ADD "pending_claims" jsonb`);
    await queryRunner.query(`ALTER TABLE "eid_authorizations" ADD "pending_hash" character(64)`);
    await queryRunner.query(`ALTER TABLE "eid_authorizations" ADD "pending_expires_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_eid_authorizations_pending_hash" ON "eid_authorizations" ("pending_hash") `);
    await queryRunner.query(`ALTER TABLE "citizen_cards" ADD "holder_name_verified" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "citizen_cards" DROP COLUMN "holder_name_verified"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_eid_authorizations_pending_hash"`);
    await queryRunner.query(`ALTER TABLE "eid_authorizations" DROP COLUMN "pending_expires_at"`);
    await queryRunner.query(`ALTER TABLE "eid_authorizations" DROP COLUMN "pending_hash"`);
    await queryRunner.query(`ALTER TABLE "eid_authorizations" DROP COLUMN "pending_claims"`);
    await queryRunner.query(`ALTER TABLE "eid_authorizations" DROP COLUMN "purpose"`);
    await queryRunner.query(`DELETE FROM "eid_authorizations" WHERE "account_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "eid_authorizations" ALTER COLUMN "account_id" SET NOT NULL`);
    await queryRunner.query(`DROP INDEX "public"."UQ_verified_identities_source_subject"`);
  }
}
