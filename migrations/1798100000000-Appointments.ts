import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16, item 1: appointments with the offices' staff. btree_gist lets the exclusion constraints
 * compare uuids and timestamps with = and <> beside the overlap of time ranges (a trusted extension:
 * the database owner may create it, on the embedded server and on PostgreSQL 13+).
 */
export class Appointments1798100000000 implements MigrationInterface {
  name = 'Appointments1798100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`CREATE TYPE "public"."appointment_office" AS ENUM('citizens_office', 'economic_development')`);
    await queryRunner.query(`CREATE TYPE "public"."appointment_channel" AS ENUM('video', 'in_person', 'home_visit')`);
    await queryRunner.query(`CREATE TYPE "public"."appointment_status" AS ENUM('booked', 'cancelled', 'attended', 'no_show')`);
    await queryRunner.query(
      `CREATE TABLE "appointment_services" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "office" "public"."appointment_office" NOT NULL, "names" jsonb NOT NULL, "duration_minutes" integer NOT NULL, "buffer_before_minutes" integer NOT NULL DEFAULT '0', "buffer_after_minutes" integer NOT NULL DEFAULT '0', "seats" integer NOT NULL DEFAULT '1', "min_notice_minutes" integer NOT NULL DEFAULT '0', "booking_window_days" integer NOT NULL DEFAULT '60', "video" boolean NOT NULL DEFAULT false, "in_person" boolean NOT NULL DEFAULT true, "place" character varying(300), "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_appointment_services_channel" CHECK ("video" OR "in_person"), CONSTRAINT "CHK_appointment_services_window" CHECK ("min_notice_minutes" BETWEEN 0 AND 43200 AND "booking_window_days" BETWEEN 1 AND 365), CONSTRAINT "CHK_appointment_services_seats" CHECK ("seats" BETWEEN 1 AND 100), CONSTRAINT "CHK_appointment_services_buffers" CHECK ("buffer_before_minutes" BETWEEN 0 AND 240 AND "buffer_after_minutes" BETWEEN 0 AND 240), CONSTRAINT "CHK_appointment_services_duration" CHECK ("duration_minutes" BETWEEN 5 AND 480), CONSTRAINT "PK_appointment_services" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_appointment_services_office" ON "appointment_services" ("office") `);
    await queryRunner.query(
      `CREATE TABLE "appointment_opening_hours" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "office" "public"."appointment_office" NOT NULL, "staff_account_id" uuid NOT NULL, "weekday" smallint NOT NULL, "starts_minute" integer NOT NULL, "ends_minute" integer NOT NULL, CONSTRAINT "CHK_appointment_opening_hours_minutes" CHECK ("starts_minute" >= 0 AND "ends_minute" <= 1440 AND "ends_minute" > "starts_minute"), CONSTRAINT "CHK_appointment_opening_hours_weekday" CHECK ("weekday" BETWEEN 1 AND 7), CONSTRAINT "PK_appointment_opening_hours" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_appointment_opening_hours_office_staff" ON "appointment_opening_hours" ("office", "staff_account_id") `);
    await queryRunner.query(
      `CREATE TABLE "appointment_time_off" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "office" "public"."appointment_office" NOT NULL, "staff_account_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" character varying(200) NOT NULL DEFAULT '', CONSTRAINT "CHK_appointment_time_off_period" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_appointment_time_off" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_appointment_time_off_staff" ON "appointment_time_off" ("staff_account_id", "starts_at") `);
    await queryRunner.query(
      `CREATE TABLE "appointment_bookings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "service_id" uuid NOT NULL, "office" "public"."appointment_office" NOT NULL, "staff_account_id" uuid NOT NULL, "booker_account_id" uuid NOT NULL, "seat" integer NOT NULL DEFAULT '1', "channel" "public"."appointment_channel" NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked_from" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked_until" TIMESTAMP WITH TIME ZONE NOT NULL, "status" "public"."appointment_status" NOT NULL DEFAULT 'booked', "booker_time_zone" character varying(64) NOT NULL DEFAULT 'Europe/Berlin', "case_id" uuid, "sequence" integer NOT NULL DEFAULT '0', "reminded_day_before_at" TIMESTAMP WITH TIME ZONE, "reminded_hour_before_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" character varying(500), "cancelled_by_staff" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_appointment_bookings_seat" CHECK ("seat" BETWEEN 1 AND 100), CONSTRAINT "CHK_appointment_bookings_period" CHECK ("ends_at" > "starts_at" AND "blocked_from" <= "starts_at" AND "blocked_until" >= "ends_at"), CONSTRAINT "EX_appointment_bookings_booker" EXCLUDE USING gist ("booker_account_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("status" = 'booked'), CONSTRAINT "EX_appointment_bookings_staff_start" EXCLUDE USING gist ("staff_account_id" WITH =, "starts_at" WITH <>, tstzrange("blocked_from", "blocked_until") WITH &&) WHERE ("status" = 'booked'), CONSTRAINT "EX_appointment_bookings_staff_service" EXCLUDE USING gist ("staff_account_id" WITH =, "service_id" WITH <>, tstzrange("blocked_from", "blocked_until") WITH &&) WHERE ("status" = 'booked'), CONSTRAINT "PK_appointment_bookings" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_appointment_bookings_seat" ON "appointment_bookings" ("staff_account_id", "starts_at", "seat") WHERE "status" = 'booked'`);
    await queryRunner.query(`CREATE INDEX "IDX_appointment_bookings_case" ON "appointment_bookings" ("case_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_appointment_bookings_staff_day" ON "appointment_bookings" ("staff_account_id", "starts_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_appointment_bookings_booker" ON "appointment_bookings" ("booker_account_id", "starts_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_appointment_bookings_office_starts" ON "appointment_bookings" ("office", "starts_at") `);
    await queryRunner.query(`ALTER TABLE "appointment_opening_hours" ADD CONSTRAINT "FK_appointment_opening_hours_staff" FOREIGN KEY ("staff_account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "appointment_time_off" ADD CONSTRAINT "FK_appointment_time_off_staff" FOREIGN KEY ("staff_account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "appointment_bookings" ADD CONSTRAINT "FK_appointment_bookings_service" FOREIGN KEY ("service_id") REFERENCES "appointment_services"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "appointment_bookings" ADD CONSTRAINT "FK_appointment_bookings_staff" FOREIGN KEY ("staff_account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "appointment_bookings" ADD CONSTRAINT "FK_appointment_bookings_booker" FOREIGN KEY ("booker_account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "appointment_bookings"`);
    await queryRunner.query(`DROP TABLE "appointment_time_off"`);
    await queryRunner.query(`DROP TABLE "appointment_opening_hours"`);
    await queryRunner.query(`DROP TABLE "appointment_services"`);
    await queryRunner.query(`DROP TYPE "public"."appointment_status"`);
    await queryRunner.query(`DROP TYPE "public"."appointment_channel"`);
    await queryRunner.query(`DROP TYPE "public"."appointment_office"`);
  }
}
