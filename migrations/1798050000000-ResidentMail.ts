import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 17, item 5: letters for residents' mailboxes (`BO-…`), recorded by the citizens' office. */
export class ResidentMail1798050000000 implements MigrationInterface {
  name = 'ResidentMail1798050000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."resident_mail_status" AS ENUM('scanned', 'awaiting_forwarding', 'forwarded', 'awaiting_pickup', 'picked_up')`,
    );
    await queryRunner.query(
      `CREATE TABLE "resident_mail_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "allocation_id" uuid NOT NULL, "holder_account_id" uuid NOT NULL, "sender" character varying(200) NOT NULL, "received_on" date NOT NULL, "handling" "public"."mail_handling" NOT NULL, "status" "public"."resident_mail_status" NOT NULL, "forwarding_address" jsonb, "scan_storage_key" character(40), "scan_media_type" character varying(40), "scan_size_bytes" integer, "scan_sha256" character(64), "recorded_by" uuid NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_resident_mail_items_scan" CHECK (("scan_storage_key" IS NULL) = ("scan_media_type" IS NULL) AND ("scan_storage_key" IS NULL) = ("scan_sha256" IS NULL)), CONSTRAINT "CHK_resident_mail_items_status" CHECK (("handling" = 'scan' AND "status" = 'scanned' AND "scan_storage_key" IS NOT NULL) OR ("handling" = 'forward' AND "status" IN ('awaiting_forwarding', 'forwarded') AND "forwarding_address" IS NOT NULL) OR ("handling" = 'hold' AND "status" IN ('awaiting_pickup', 'picked_up'))), CONSTRAINT "PK_resident_mail_items" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_resident_mail_items_holder_received" ON "resident_mail_items" ("holder_account_id", "received_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_resident_mail_items_allocation" ON "resident_mail_items" ("allocation_id") `);
    await queryRunner.query(
      `ALTER TABLE "resident_mail_items" ADD CONSTRAINT "FK_resident_mail_items_allocation" FOREIGN KEY ("allocation_id") REFERENCES "address_allocations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resident_mail_items" ADD CONSTRAINT "FK_resident_mail_items_holder" FOREIGN KEY ("holder_account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "resident_mail_items" DROP CONSTRAINT "FK_resident_mail_items_holder"`);
    await queryRunner.query(`ALTER TABLE "resident_mail_items" DROP CONSTRAINT "FK_resident_mail_items_allocation"`);
    await queryRunner.query(`DROP TABLE "resident_mail_items"`);
    await queryRunner.query(`DROP TYPE "public"."resident_mail_status"`);
  }
}
