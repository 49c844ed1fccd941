import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795266580334 implements MigrationInterface {
  name = 'Initial1795266580334';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_account_id" uuid, "action" character varying(100) NOT NULL, "subject_type" character varying(60), "subject_id" character varying(100), "ip" character varying(64), "correlation_id" character varying(64), "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_435ab94bca6c509d1be0b581d1" ON "audit_events"  ("actor_account_id", "occurred_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_3d2d3b54e5ca2c4d1be947c3af" ON "audit_events"  ("subject_type", "subject_id", "occurred_at") `);
    await queryRunner.query(`CREATE TYPE "public"."account_role" AS ENUM('resident', 'company_rep', 'venue_operator', 'staff_citizens_office', 'staff_economic_development', 'admin')`);
    await queryRunner.query(`CREATE TYPE "public"."assurance_level" AS ENUM('low', 'substantial', 'high')`);
    await queryRunner.query(`CREATE TABLE "accounts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" character varying(255) NOT NULL, "email_verified_at" TIMESTAMP WITH TIME ZONE, "preferred_language" character varying(8) NOT NULL, "roles" "public"."account_role" array NOT NULL DEFAULT '{}', "assurance_level" "public"."assurance_level" NOT NULL DEFAULT 'low', "password_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5a7a02c20412299d198e097a8fe" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_accounts_email" ON "accounts"  ("email") `);
    await queryRunner.query(`CREATE TYPE "public"."account_token_purpose" AS ENUM('verify_email', 'password_reset')`);
    await queryRunner.query(`CREATE TABLE "account_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "purpose" "public"."account_token_purpose" NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5e3640c493cc6206a44b885e6a9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_account_tokens_token_hash" ON "account_tokens"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_2d9e190f98ae0bfa37ec6df39a" ON "account_tokens"  ("account_id", "purpose") `);
    await queryRunner.query(`CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "family_id" uuid NOT NULL, "account_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "rotated_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(40), "user_agent" character varying(300), "ip" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_refresh_tokens_token_hash" ON "refresh_tokens"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_e7d078bbcae8ab94aa0d5f9015" ON "refresh_tokens"  ("account_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_d5e27da0cd39bc3bb2811fc8ba" ON "refresh_tokens"  ("family_id") `);
    await queryRunner.query(`ALTER TABLE "account_tokens" ADD CONSTRAINT "FK_870787de4c0e110e30ba3df237b" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_e7d078bbcae8ab94aa0d5f9015c" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Counters of rate-limiter-flexible's PostgreSQL store (used when no REDIS_URL is set).
    await queryRunner.query(`CREATE TABLE "rate_limits" ("key" character varying(255) PRIMARY KEY, "points" integer NOT NULL DEFAULT 0, "expire" bigint)`);
    // The audit trail is append-only: the database itself refuses to change or remove entries.
    await queryRunner.query(`CREATE FUNCTION "audit_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$`);
    await queryRunner.query(`CREATE TRIGGER "audit_events_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_events" FOR EACH STATEMENT EXECUTE FUNCTION "audit_events_append_only"()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_events_append_only" ON "audit_events"`);
    await queryRunner.query(`DROP FUNCTION "audit_events_append_only"()`);
    await queryRunner.query(`DROP TABLE "rate_limits"`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_e7d078bbcae8ab94aa0d5f9015c"`);
    await queryRunner.query(`ALTER TABLE "account_tokens" DROP CONSTRAINT "FK_870787de4c0e110e30ba3df237b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d5e27da0cd39bc3bb2811fc8ba"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e7d078bbcae8ab94aa0d5f9015"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_refresh_tokens_token_hash"`);
    await queryRunner.query(`DROP TABLE "refresh_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2d9e190f98ae0bfa37ec6df39a"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_account_tokens_token_hash"`);
    await queryRunner.query(`DROP TABLE "account_tokens"`);
    await queryRunner.query(`DROP TYPE "public"."account_token_purpose"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_accounts_email"`);
    await queryRunner.query(`DROP TABLE "accounts"`);
    await queryRunner.query(`DROP TYPE "public"."assurance_level"`);
    await queryRunner.query(`DROP TYPE "public"."account_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3d2d3b54e5ca2c4d1be947c3af"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_435ab94bca6c509d1be0b581d1"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
  }
}
