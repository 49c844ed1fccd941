import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 16: a caller who closed the page no longer waits in the talk-now queue forever (the caller's page refreshes this while waiting). */
export class TalkNowCallerHeartbeat1798150000000 implements MigrationInterface {
  name = 'TalkNowCallerHeartbeat1798150000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consultation_talk_now_requests" ADD "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consultation_talk_now_requests" DROP COLUMN "last_seen_at"`);
  }
}
