import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18, item 1: the live codes a venue has seen, shared by every process (was a map in each
 * process). The primary key decides whether a code was seen before; rows outlive their code's
 * validity only briefly and are swept. No entity: written only with INSERT … ON CONFLICT.
 */
export class PresentationsSeen1798110000000 implements MigrationInterface {
  name = 'PresentationsSeen1798110000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "venue_presentations_seen" ("venue_id" uuid NOT NULL, "digest" character(43) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_venue_presentations_seen" PRIMARY KEY ("venue_id", "digest"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_venue_presentations_seen_expires_at" ON "venue_presentations_seen" ("expires_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "venue_presentations_seen"`);
  }
}
