import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 17, item 8: feedback on accessibility (BITV 2.0), anonymous or with an e-mail address for an answer; linked to no account. */
export class LegalAccessibilityFeedback1798050000001 implements MigrationInterface {
  name = 'LegalAccessibilityFeedback1798050000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "accessibility_feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "message" character varying(5000) NOT NULL, "page_url" character varying(500), "email" character varying(254), "language" character varying(10) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_accessibility_feedback_message" CHECK (char_length(btrim("message")) >= 10), CONSTRAINT "PK_accessibility_feedback" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_accessibility_feedback_created_at" ON "accessibility_feedback" ("created_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "accessibility_feedback"`);
  }
}
