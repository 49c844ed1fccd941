import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 16, items 2 and 4: "talk now" — staff on duty per office and the callers' queue (one caller per staff member). */
export class ConsultationsTalkNow1798140000000 implements MigrationInterface {
  name = 'ConsultationsTalkNow1798140000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "consultation_talk_now_duty" ("staff_account_id" uuid NOT NULL, "office" "public"."appointment_office" NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_consultation_talk_now_duty" PRIMARY KEY ("staff_account_id", "office"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_consultation_talk_now_duty_office" ON "consultation_talk_now_duty" ("office", "last_seen_at") `);
    await queryRunner.query(`CREATE TYPE "public"."consultation_talk_now_status" AS ENUM('waiting', 'connected', 'cancelled', 'ended')`);
    await queryRunner.query(
      `CREATE TABLE "consultation_talk_now_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "office" "public"."appointment_office" NOT NULL, "caller_account_id" uuid NOT NULL, "status" "public"."consultation_talk_now_status" NOT NULL DEFAULT 'waiting', "staff_account_id" uuid, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "taken_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_consultation_talk_now_requests_staff" CHECK ("status" IN ('waiting', 'cancelled') OR "staff_account_id" IS NOT NULL), CONSTRAINT "PK_consultation_talk_now_requests" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_consultation_talk_now_requests_queue" ON "consultation_talk_now_requests" ("office", "requested_at") WHERE "status" = 'waiting'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_consultation_talk_now_requests_waiting_caller" ON "consultation_talk_now_requests" ("caller_account_id") WHERE "status" = 'waiting'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_consultation_talk_now_requests_connected_staff" ON "consultation_talk_now_requests" ("staff_account_id") WHERE "status" = 'connected'`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation_talk_now_duty" ADD CONSTRAINT "FK_consultation_talk_now_duty_staff" FOREIGN KEY ("staff_account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation_talk_now_requests" ADD CONSTRAINT "FK_consultation_talk_now_requests_caller" FOREIGN KEY ("caller_account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation_talk_now_requests" ADD CONSTRAINT "FK_consultation_talk_now_requests_staff" FOREIGN KEY ("staff_account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "consultation_talk_now_requests"`);
    await queryRunner.query(`DROP TYPE "public"."consultation_talk_now_status"`);
    await queryRunner.query(`DROP TABLE "consultation_talk_now_duty"`);
  }
}
