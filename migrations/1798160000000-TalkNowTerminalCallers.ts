import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 16, item 4: a self-service terminal where nobody signed in calls staff itself (the caller is an account or a terminal). */
export class TalkNowTerminalCallers1798160000000 implements MigrationInterface {
  name = 'TalkNowTerminalCallers1798160000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consultation_talk_now_requests" ADD "caller_kiosk_device_id" uuid`);
    await queryRunner.query(`ALTER TABLE "consultation_talk_now_requests" ALTER COLUMN "caller_account_id" DROP NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_consultation_talk_now_requests_waiting_terminal" ON "consultation_talk_now_requests"  ("caller_kiosk_device_id") WHERE "status" = 'waiting'`);
    await queryRunner.query(`ALTER TABLE "consultation_talk_now_requests" ADD CONSTRAINT "CHK_consultation_talk_now_requests_caller" CHECK (num_nonnulls("caller_account_id", "caller_kiosk_device_id") = 1)`);
    await queryRunner.query(`ALTER TABLE "consultation_talk_now_requests" ADD CONSTRAINT "FK_consultation_talk_now_requests_terminal" FOREIGN KEY ("caller_kiosk_device_id") REFERENCES "kiosk_devices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consultation_talk_now_requests" DROP CONSTRAINT "FK_consultation_talk_now_requests_terminal"`);
    await queryRunner.query(`ALTER TABLE "consultation_talk_now_requests" DROP CONSTRAINT "CHK_consultation_talk_now_requests_caller"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_consultation_talk_now_requests_waiting_terminal"`);
    // Terminals' requests go first: the column becomes NOT NULL again.
    await queryRunner.query(`DELETE FROM "consultation_talk_now_requests" WHERE "caller_account_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "consultation_talk_now_requests" ALTER COLUMN "caller_account_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "consultation_talk_now_requests" DROP COLUMN "caller_kiosk_device_id"`);
  }
}
