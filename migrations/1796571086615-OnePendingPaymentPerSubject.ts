import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OnePendingPaymentPerSubject1796571086615 implements MigrationInterface {
  name = 'OnePendingPaymentPerSubject1796571086615';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Databases from before the constraint may hold several pending payments for one subject: the
    // newest stays open, the others are canceled (a late payment of one of them succeeds anyway and
    // is refunded as a duplicate, src/payments/duplicate-payments.ts).
    await queryRunner.query(`UPDATE "payments" p SET "status" = 'canceled', "updated_at" = now() WHERE p."status" = 'pending' AND EXISTS (SELECT 1 FROM "payments" q WHERE q."status" = 'pending' AND q."purpose" = p."purpose" AND q."subject_type" = p."subject_type" AND q."subject_id" = p."subject_id" AND (q."created_at", q."id") > (p."created_at", p."id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_payments_open_subject" ON "payments"  ("purpose", "subject_type", "subject_id") WHERE "status" = 'pending'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_payments_open_subject"`);
  }
}
