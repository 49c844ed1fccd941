import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Venues1795270378149 implements MigrationInterface {
  name = 'Venues1795270378149';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."venue_kind" AS ENUM('pool', 'theatre', 'planetarium', 'museum', 'zoo', 'library', 'other')`);
    await queryRunner.query(`CREATE TABLE "venues" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "kind" "public"."venue_kind" NOT NULL, "address" character varying(300) NOT NULL, "district" character varying(40) NOT NULL, "opening_hours" character varying(500) NOT NULL DEFAULT '', "contact" character varying(300) NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_bb28c67fad9c46fac68d84a8aef" UNIQUE ("name"), CONSTRAINT "PK_cb0f885278d12384eb7a81818be" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "venue_operators" ("account_id" uuid NOT NULL, "venue_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2d1f20ac8273765871a79cc861b" PRIMARY KEY ("account_id", "venue_id"))`);
    await queryRunner.query(`CREATE TABLE "offers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "venue_id" uuid NOT NULL, "title_de" character varying(200) NOT NULL, "title_en" character varying(200) NOT NULL, "description_de" character varying(2000) NOT NULL DEFAULT '', "description_en" character varying(2000) NOT NULL DEFAULT '', "discount_percent" integer, "fixed_price_cents" integer, "categories" text array NOT NULL, "valid_from" date NOT NULL, "valid_until" date, "conditions_de" character varying(1000) NOT NULL DEFAULT '', "conditions_en" character varying(1000) NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4c88e956195bba85977da21b8f4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3c97c6007b187566562b9b47f7" ON "offers"  ("venue_id") `);
    await queryRunner.query(`CREATE TABLE "venue_api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "venue_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "prefix" character varying(20) NOT NULL, "key_hash" character(64) NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a605cd3c815ad191a90165fbed2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_venue_api_keys_hash" ON "venue_api_keys"  ("key_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_ac692e922b07fc1eef8a1a5bd5" ON "venue_api_keys"  ("venue_id") `);
    await queryRunner.query(`CREATE TABLE "venue_verifications" ("id" uuid NOT NULL, "venue_id" uuid NOT NULL, "offer_id" uuid, "api_key_id" uuid, "channel" character varying(10) NOT NULL, "valid" boolean NOT NULL, "eligible" boolean NOT NULL, "reason" character varying(30), "card_pseudonym" character(43), "categories" text array NOT NULL DEFAULT '{}', "presentation_digest" character(43), "repeated_presentation" boolean NOT NULL DEFAULT false, "verified_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_cc1ceb0c5f149ee16ef32e561e9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c6d77671ed339c7a5ec50631df" ON "venue_verifications"  ("venue_id", "presentation_digest") `);
    await queryRunner.query(`CREATE INDEX "IDX_341dec389b5961cb99535efded" ON "venue_verifications"  ("verified_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_ed529903747aa4234751e8d4b9" ON "venue_verifications"  ("venue_id", "verified_at") `);
    await queryRunner.query(`ALTER TABLE "venue_operators" ADD CONSTRAINT "FK_1862c8b3f2efd9bf653c421eee0" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "venue_operators" ADD CONSTRAINT "FK_e13131a40f6527ee303eaf45c5d" FOREIGN KEY ("venue_id") REFERENCES "venues"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "offers" ADD CONSTRAINT "FK_3c97c6007b187566562b9b47f71" FOREIGN KEY ("venue_id") REFERENCES "venues"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "venue_api_keys" ADD CONSTRAINT "FK_ac692e922b07fc1eef8a1a5bd51" FOREIGN KEY ("venue_id") REFERENCES "venues"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "venue_api_keys" DROP CONSTRAINT "FK_ac692e922b07fc1eef8a1a5bd51"`);
    await queryRunner.query(`ALTER TABLE "offers" DROP CONSTRAINT "FK_3c97c6007b187566562b9b47f71"`);
    await queryRunner.query(`ALTER TABLE "venue_operators" DROP CONSTRAINT "FK_e13131a40f6527ee303eaf45c5d"`);
    await queryRunner.query(`ALTER TABLE "venue_operators" DROP CONSTRAINT "FK_1862c8b3f2efd9bf653c421eee0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ed529903747aa4234751e8d4b9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_341dec389b5961cb99535efded"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c6d77671ed339c7a5ec50631df"`);
    await queryRunner.query(`DROP TABLE "venue_verifications"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ac692e922b07fc1eef8a1a5bd5"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_venue_api_keys_hash"`);
    await queryRunner.query(`DROP TABLE "venue_api_keys"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3c97c6007b187566562b9b47f7"`);
    await queryRunner.query(`DROP TABLE "offers"`);
    await queryRunner.query(`DROP TABLE "venue_operators"`);
    await queryRunner.query(`DROP TABLE "venues"`);
    await queryRunner.query(`DROP TYPE "public"."venue_kind"`);
  }
}
