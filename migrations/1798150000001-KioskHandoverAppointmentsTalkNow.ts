import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 16, item 4: the appointments and "call staff" screens of the kiosk can be continued on the phone too. */
export class KioskHandoverAppointmentsTalkNow1798150000001 implements MigrationInterface {
  name = 'KioskHandoverAppointmentsTalkNow1798150000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."kiosk_handover_step" ADD VALUE IF NOT EXISTS 'appointments'`);
    await queryRunner.query(`ALTER TYPE "public"."kiosk_handover_step" ADD VALUE IF NOT EXISTS 'talk_now'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // PostgreSQL cannot drop an enum value: the type is rebuilt without the two (handovers of those steps go first).
    await queryRunner.query(`DELETE FROM "kiosk_handovers" WHERE "step" IN ('appointments', 'talk_now')`);
    await queryRunner.query(`ALTER TYPE "public"."kiosk_handover_step" RENAME TO "kiosk_handover_step_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."kiosk_handover_step" AS ENUM('menu', 'about', 'news', 'news_article', 'sign_in', 'create_account')`,
    );
    await queryRunner.query(
      `ALTER TABLE "kiosk_handovers" ALTER COLUMN "step" TYPE "public"."kiosk_handover_step" USING "step"::text::"public"."kiosk_handover_step"`,
    );
    await queryRunner.query(`DROP TYPE "public"."kiosk_handover_step_old"`);
  }
}
