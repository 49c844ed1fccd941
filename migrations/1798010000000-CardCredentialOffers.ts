import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 20 (item 5): OpenID4VCI offers of a citizen card to a wallet (pre-authorised code, stored
 * hashed, single use, short-lived) and the `wallet` kind of card credential they issue.
 */
export class CardCredentialOffers1798010000000 implements MigrationInterface {
  name = 'CardCredentialOffers1798010000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."card_credential_kind" ADD VALUE IF NOT EXISTS 'wallet'`);
    await queryRunner.query(
      `CREATE TABLE "card_credential_offers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "card_id" uuid NOT NULL, "account_id" uuid NOT NULL, "code_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "redeemed_at" TIMESTAMP WITH TIME ZONE, "credential_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_card_credential_offers_issued_after_redeemed" CHECK ("credential_id" IS NULL OR "redeemed_at" IS NOT NULL), CONSTRAINT "PK_card_credential_offers" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_card_credential_offers_code_hash" ON "card_credential_offers" ("code_hash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_card_credential_offers_credential" ON "card_credential_offers" ("credential_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_card_credential_offers_card" ON "card_credential_offers" ("card_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "card_credential_offers" ADD CONSTRAINT "FK_card_credential_offers_card" FOREIGN KEY ("card_id") REFERENCES "citizen_cards"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "card_credential_offers" ADD CONSTRAINT "FK_card_credential_offers_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "card_credential_offers" ADD CONSTRAINT "FK_card_credential_offers_credential" FOREIGN KEY ("credential_id") REFERENCES "card_credentials"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "card_credential_offers"`);
    await queryRunner.query(`DELETE FROM "card_credentials" WHERE "kind" = 'wallet'`);
    await queryRunner.query(`ALTER TYPE "public"."card_credential_kind" RENAME TO "card_credential_kind_old"`);
    await queryRunner.query(`CREATE TYPE "public"."card_credential_kind" AS ENUM('device', 'static')`);
    await queryRunner.query(
      `ALTER TABLE "card_credentials" ALTER COLUMN "kind" TYPE "public"."card_credential_kind" USING "kind"::text::"public"."card_credential_kind"`,
    );
    await queryRunner.query(`DROP TYPE "public"."card_credential_kind_old"`);
  }
}
