import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A person's right to a citizen card: staff suspension and revocation bind it, not one card (issue 12). */
export class CardEntitlements1796700000000 implements MigrationInterface {
  name = 'CardEntitlements1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."card_entitlement_status" AS ENUM('active', 'suspended', 'revoked')`);
    await queryRunner.query(`CREATE TABLE "card_entitlements" ("account_id" uuid NOT NULL, "status" "public"."card_entitlement_status" NOT NULL DEFAULT 'active', "reason" character varying(500), "changed_by_account_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_card_entitlements" PRIMARY KEY ("account_id"))`);
    await queryRunner.query(`ALTER TABLE "card_entitlements" ADD CONSTRAINT "FK_card_entitlements_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Cards staff suspended before: the holder's entitlement is suspended with the card's reason, and
    // the card itself is active again (its state now follows the entitlement). A card the holder
    // reported lost (reason 'lost') stays a card-level suspension the holder may replace.
    await queryRunner.query(`INSERT INTO "card_entitlements" ("account_id", "status", "reason") SELECT DISTINCT ON ("account_id") "account_id", 'suspended', "status_reason" FROM "citizen_cards" WHERE "status" = 'suspended' AND coalesce("status_reason", '') <> 'lost' ORDER BY "account_id", "updated_at" DESC`);
    await queryRunner.query(`UPDATE "citizen_cards" SET "status" = 'active', "status_reason" = NULL WHERE "status" = 'suspended' AND coalesce("status_reason", '') <> 'lost'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "citizen_cards" k SET "status" = 'suspended', "status_reason" = e."reason" FROM "card_entitlements" e WHERE e."account_id" = k."account_id" AND e."status" = 'suspended' AND k."status" = 'active'`);
    await queryRunner.query(`ALTER TABLE "card_entitlements" DROP CONSTRAINT "FK_card_entitlements_account"`);
    await queryRunner.query(`DROP TABLE "card_entitlements"`);
    await queryRunner.query(`DROP TYPE "public"."card_entitlement_status"`);
  }
}
