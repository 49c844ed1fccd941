import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 16, item 4: self-service terminals enrolled per device by staff, and the hand-over of a kiosk step to a phone. */
export class Kiosk1798120000000 implements MigrationInterface {
  name = 'Kiosk1798120000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."kiosk_office" AS ENUM('citizens_office', 'economic_development')`);
    await queryRunner.query(
      `CREATE TABLE "kiosk_devices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "location" character varying(200) NOT NULL, "district" character varying(40) NOT NULL, "office" "public"."kiosk_office" NOT NULL, "secret_hash" character(64) NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "disabled_at" TIMESTAMP WITH TIME ZONE, "last_seen_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_kiosk_devices_name" CHECK (char_length(btrim("name")) >= 1), CONSTRAINT "PK_kiosk_devices" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_kiosk_devices_secret_hash" ON "kiosk_devices" ("secret_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_kiosk_devices_office" ON "kiosk_devices" ("office", "created_at") `);
    await queryRunner.query(
      `CREATE TYPE "public"."kiosk_handover_step" AS ENUM('menu', 'about', 'news', 'news_article', 'sign_in', 'create_account')`,
    );
    await queryRunner.query(
      `CREATE TABLE "kiosk_handovers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "device_id" uuid NOT NULL, "code_hash" character(64) NOT NULL, "step" "public"."kiosk_handover_step" NOT NULL, "draft" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "redeemed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_kiosk_handovers" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_kiosk_handovers_code_hash" ON "kiosk_handovers" ("code_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_kiosk_handovers_expires_at" ON "kiosk_handovers" ("expires_at") `);
    await queryRunner.query(
      `ALTER TABLE "kiosk_devices" ADD CONSTRAINT "FK_kiosk_devices_created_by" FOREIGN KEY ("created_by") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "kiosk_handovers" ADD CONSTRAINT "FK_kiosk_handovers_device" FOREIGN KEY ("device_id") REFERENCES "kiosk_devices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "kiosk_handovers"`);
    await queryRunner.query(`DROP TYPE "public"."kiosk_handover_step"`);
    await queryRunner.query(`DROP TABLE "kiosk_devices"`);
    await queryRunner.query(`DROP TYPE "public"."kiosk_office"`);
  }
}
