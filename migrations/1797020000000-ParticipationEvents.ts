import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 15: events for virtual citizens, their registrations, waiting list and check-in. */
export class ParticipationEvents1797020000000 implements MigrationInterface {
  name = 'ParticipationEvents1797020000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."participation_event_kind" AS ENUM('city_walk', 'talk', 'reception', 'other')`);
    await queryRunner.query(`CREATE TYPE "public"."participation_event_status" AS ENUM('draft', 'published', 'cancelled')`);
    await queryRunner.query(`CREATE TABLE "participation_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title_de" character varying(200) NOT NULL, "description_de" character varying(5000) NOT NULL DEFAULT '', "translations" jsonb NOT NULL DEFAULT '{}', "kind" "public"."participation_event_kind" NOT NULL, "place" character varying(300), "online_url" character varying(500), "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "capacity" integer NOT NULL, "audience" jsonb NOT NULL, "registration_deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "status" "public"."participation_event_status" NOT NULL DEFAULT 'draft', "sequence" integer NOT NULL DEFAULT '0', "created_by_account_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_participation_events_place" CHECK ("place" IS NOT NULL OR "online_url" IS NOT NULL), CONSTRAINT "CHK_participation_events_capacity" CHECK ("capacity" BETWEEN 1 AND 10000), CONSTRAINT "CHK_participation_events_deadline" CHECK ("registration_deadline" <= "starts_at"), CONSTRAINT "CHK_participation_events_period" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_participation_events" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_participation_events_status_starts_at" ON "participation_events"  ("status", "starts_at") `);
    await queryRunner.query(`CREATE TYPE "public"."participation_registration_status" AS ENUM('confirmed', 'offered', 'waiting', 'cancelled')`);
    await queryRunner.query(`CREATE TABLE "participation_event_registrations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "account_id" uuid NOT NULL, "status" "public"."participation_registration_status" NOT NULL, "waiting_since" TIMESTAMP WITH TIME ZONE, "offer_expires_at" TIMESTAMP WITH TIME ZONE, "checked_in_at" TIMESTAMP WITH TIME ZONE, "reminded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_participation_event_registrations_event_account" UNIQUE ("event_id", "account_id"), CONSTRAINT "PK_participation_event_registrations" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_participation_event_registrations_account" ON "participation_event_registrations"  ("account_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_participation_event_registrations_event_status" ON "participation_event_registrations"  ("event_id", "status") `);
    await queryRunner.query(`ALTER TABLE "participation_events" ADD CONSTRAINT "FK_9dcc2bda9b826798b8ebe736865" FOREIGN KEY ("created_by_account_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "participation_event_registrations" ADD CONSTRAINT "FK_d59b2f75cd0c24304e168a57d9b" FOREIGN KEY ("event_id") REFERENCES "participation_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "participation_event_registrations" ADD CONSTRAINT "FK_c2911ce714b7bdbfbcc1f4a076c" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "participation_event_registrations" DROP CONSTRAINT "FK_c2911ce714b7bdbfbcc1f4a076c"`);
    await queryRunner.query(`ALTER TABLE "participation_event_registrations" DROP CONSTRAINT "FK_d59b2f75cd0c24304e168a57d9b"`);
    await queryRunner.query(`ALTER TABLE "participation_events" DROP CONSTRAINT "FK_9dcc2bda9b826798b8ebe736865"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_participation_event_registrations_event_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_participation_event_registrations_account"`);
    await queryRunner.query(`DROP TABLE "participation_event_registrations"`);
    await queryRunner.query(`DROP TYPE "public"."participation_registration_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_participation_events_status_starts_at"`);
    await queryRunner.query(`DROP TABLE "participation_events"`);
    await queryRunner.query(`DROP TYPE "public"."participation_event_status"`);
    await queryRunner.query(`DROP TYPE "public"."participation_event_kind"`);
  }
}
