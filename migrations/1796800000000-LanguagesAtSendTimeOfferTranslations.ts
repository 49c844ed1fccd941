import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: e-mails are rendered when sent, in the recipient's language then (the outbox keeps the
 * account, the template parameters, and the text only as sent; rows written before keep their text
 * and go out as written), and offers get translations into the other platform languages.
 */
export class LanguagesAtSendTimeOfferTranslations1796800000000 implements MigrationInterface {
  name = 'LanguagesAtSendTimeOfferTranslations1796800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_emails" ADD "account_id" uuid`);
    await queryRunner.query(`ALTER TABLE "outbox_emails" ADD "params" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "offers" ADD "translations" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "outbox_emails" ALTER COLUMN "subject" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "outbox_emails" ALTER COLUMN "text" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "outbox_emails" ALTER COLUMN "html" DROP NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_be6473541ac0e76319f33335bc" ON "outbox_emails"  ("account_id") `);
    await queryRunner.query(`ALTER TABLE "outbox_emails" ADD CONSTRAINT "FK_be6473541ac0e76319f33335bc2" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_emails" DROP CONSTRAINT "FK_be6473541ac0e76319f33335bc2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_be6473541ac0e76319f33335bc"`);
    await queryRunner.query(`ALTER TABLE "outbox_emails" ALTER COLUMN "html" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "outbox_emails" ALTER COLUMN "text" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "outbox_emails" ALTER COLUMN "subject" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "offers" DROP COLUMN "translations"`);
    await queryRunner.query(`ALTER TABLE "outbox_emails" DROP COLUMN "params"`);
    await queryRunner.query(`ALTER TABLE "outbox_emails" DROP COLUMN "account_id"`);
  }
}
