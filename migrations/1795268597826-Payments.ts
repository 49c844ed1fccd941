import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Payments1795268597826 implements MigrationInterface {
  name = 'Payments1795268597826';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."payment_purpose" AS ENUM('citizen_card', 'trade_registration', 'business_address')`);
    await queryRunner.query(`CREATE TYPE "public"."payment_status" AS ENUM('pending', 'succeeded', 'failed', 'canceled', 'refunded')`);
    await queryRunner.query(`CREATE TYPE "public"."payment_provider" AS ENUM('stripe', 'sandbox')`);
    await queryRunner.query(`CREATE TABLE "payments" ("id" uuid NOT NULL, "reference_number" SERIAL NOT NULL, "purpose" "public"."payment_purpose" NOT NULL, "subject_type" character varying(60) NOT NULL, "subject_id" character varying(100) NOT NULL, "payer_account_id" uuid NOT NULL, "amount_cents" integer NOT NULL, "currency" character(3) NOT NULL, "status" "public"."payment_status" NOT NULL DEFAULT 'pending', "provider" "public"."payment_provider", "checkout_session_id" character varying(255), "checkout_url" character varying(2048), "payment_intent_id" character varying(255), "idempotency_key" character varying(100) NOT NULL, "request_hash" character(64) NOT NULL, "failure_reason" character varying(200), "paid_at" TIMESTAMP WITH TIME ZONE, "refund_reason" character varying(500), "refund_idempotency_key" character varying(100), "refund_id" character varying(255), "refund_requested_by" uuid, "refund_requested_at" TIMESTAMP WITH TIME ZONE, "refunded_at" TIMESTAMP WITH TIME ZONE, "receipt_sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_197ab7af18c93fbb0c9b28b4a59" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_payments_reference_number" ON "payments"  ("reference_number") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_payments_checkout_session_id" ON "payments"  ("checkout_session_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0bd2a15bde4058590f0caea36b" ON "payments"  ("payment_intent_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_b800a9b4f7a70f4f49be260b08" ON "payments"  ("subject_type", "subject_id", "purpose") `);
    await queryRunner.query(`CREATE INDEX "IDX_7ff13a329c88e43ce47c9d797e" ON "payments"  ("payer_account_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_payments_payer_idempotency_key" ON "payments"  ("payer_account_id", "idempotency_key") `);
    await queryRunner.query(`CREATE TABLE "payment_events" ("event_id" character varying(255) NOT NULL, "type" character varying(100) NOT NULL, "payment_id" uuid, "outcome" character varying(60) NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4f36a430ea944f1d250f0500d13" PRIMARY KEY ("event_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_829c2f9024093a7f56a239acd9" ON "payment_events"  ("payment_id") `);
    await queryRunner.query(`CREATE TABLE "sandbox_checkout_sessions" ("id" character varying(80) NOT NULL, "idempotency_key" character varying(255) NOT NULL, "params_hash" character(64) NOT NULL, "client_reference_id" character varying(200) NOT NULL, "amount_total" integer NOT NULL, "currency" character(3) NOT NULL, "description" character varying(300) NOT NULL, "locale" character varying(8) NOT NULL, "success_url" character varying(2048) NOT NULL, "cancel_url" character varying(2048) NOT NULL, "status" character varying(20) NOT NULL, "payment_status" character varying(20) NOT NULL, "payment_intent_id" character varying(80) NOT NULL, "payment_intent_status" character varying(40) NOT NULL, "refund_id" character varying(80), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ff2b19d1b1e195ea25f31462cc0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_sandbox_checkout_sessions_idempotency_key" ON "sandbox_checkout_sessions"  ("idempotency_key") `);
    await queryRunner.query(`ALTER TABLE "payments" ADD CONSTRAINT "FK_4b5741ffb3d59339c9de188585e" FOREIGN KEY ("payer_account_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payments" DROP CONSTRAINT "FK_4b5741ffb3d59339c9de188585e"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_sandbox_checkout_sessions_idempotency_key"`);
    await queryRunner.query(`DROP TABLE "sandbox_checkout_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_829c2f9024093a7f56a239acd9"`);
    await queryRunner.query(`DROP TABLE "payment_events"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_payments_payer_idempotency_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7ff13a329c88e43ce47c9d797e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b800a9b4f7a70f4f49be260b08"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0bd2a15bde4058590f0caea36b"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_payments_checkout_session_id"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_payments_reference_number"`);
    await queryRunner.query(`DROP TABLE "payments"`);
    await queryRunner.query(`DROP TYPE "public"."payment_provider"`);
    await queryRunner.query(`DROP TYPE "public"."payment_status"`);
    await queryRunner.query(`DROP TYPE "public"."payment_purpose"`);
  }
}
