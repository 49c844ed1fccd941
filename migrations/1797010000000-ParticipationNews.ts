import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 15 (participation, part 1): city news articles, readers' e-mail preferences, unsubscribe tokens and the once-only e-mail records. */
export class ParticipationNews1797010000000 implements MigrationInterface {
  name = 'ParticipationNews1797010000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."news_topic" AS ENUM('city_life', 'events_and_culture', 'business', 'participation')`);
    await queryRunner.query(`CREATE TYPE "public"."news_email_mode" AS ENUM('off', 'immediately', 'weekly_digest')`);
    await queryRunner.query(
      `CREATE TABLE "news_articles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title_de" character varying(200) NOT NULL, "teaser_de" character varying(500) NOT NULL, "body_de" text NOT NULL, "translations" jsonb NOT NULL DEFAULT '{}', "topic" "public"."news_topic" NOT NULL, "audience" jsonb NOT NULL, "is_public" boolean NOT NULL DEFAULT false, "publish_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "unpublished_at" TIMESTAMP WITH TIME ZONE, "image_media_type" character varying(40), "image_content" bytea, "created_by_account_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_news_articles" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_news_articles_published" ON "news_articles" ("published_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "news_email_preferences" ("account_id" uuid NOT NULL, "topic" "public"."news_topic" NOT NULL, "mode" "public"."news_email_mode" NOT NULL, CONSTRAINT "PK_news_email_preferences" PRIMARY KEY ("account_id", "topic"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "news_unsubscribe_tokens" ("token_hash" character(64) NOT NULL, "account_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_news_unsubscribe_tokens" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_news_unsubscribe_tokens_account" ON "news_unsubscribe_tokens" ("account_id") `);
    await queryRunner.query(
      `CREATE TABLE "news_email_deliveries" ("article_id" uuid NOT NULL, "account_id" uuid NOT NULL, CONSTRAINT "PK_news_email_deliveries" PRIMARY KEY ("article_id", "account_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "news_digest_deliveries" ("account_id" uuid NOT NULL, "week" date NOT NULL, CONSTRAINT "PK_news_digest_deliveries" PRIMARY KEY ("account_id", "week"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "news_digest_deliveries"`);
    await queryRunner.query(`DROP TABLE "news_email_deliveries"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_news_unsubscribe_tokens_account"`);
    await queryRunner.query(`DROP TABLE "news_unsubscribe_tokens"`);
    await queryRunner.query(`DROP TABLE "news_email_preferences"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_news_articles_published"`);
    await queryRunner.query(`DROP TABLE "news_articles"`);
    await queryRunner.query(`DROP TYPE "public"."news_email_mode"`);
    await queryRunner.query(`DROP TYPE "public"."news_topic"`);
  }
}
