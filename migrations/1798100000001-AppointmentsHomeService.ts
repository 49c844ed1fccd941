import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16, item 3: home service visits (eligibility, booking on someone's behalf with their consent, district).
 * The channel value `home_visit` is created with the type in 1798100000000 (a value added by ALTER TYPE cannot be
 * used in the same transaction, and the CHECK below uses it).
 */
export class AppointmentsHomeService1798100000001 implements MigrationInterface {
  name = 'AppointmentsHomeService1798100000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "appointment_services" ADD "home_visit" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "appointment_services" DROP CONSTRAINT "CHK_appointment_services_channel"`);
    await queryRunner.query(`ALTER TABLE "appointment_services" ADD CONSTRAINT "CHK_appointment_services_channel" CHECK ("video" OR "in_person" OR "home_visit")`);
    await queryRunner.query(`CREATE TYPE "public"."appointment_home_visit_reason" AS ENUM('limited_mobility', 'care_home')`);
    await queryRunner.query(`CREATE TYPE "public"."appointment_visit_district" AS ENUM('mitte', 'wattenscheid', 'nord', 'ost', 'sued', 'suedwest')`);
    await queryRunner.query(`ALTER TABLE "appointment_bookings" ADD "home_visit_reason" "public"."appointment_home_visit_reason"`);
    await queryRunner.query(`ALTER TABLE "appointment_bookings" ADD "visit_address" character varying(300)`);
    await queryRunner.query(`ALTER TABLE "appointment_bookings" ADD "visit_district" "public"."appointment_visit_district"`);
    await queryRunner.query(`ALTER TABLE "appointment_bookings" ADD "on_behalf_of_name" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "appointment_bookings" ADD "consent_recorded_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "appointment_bookings" ADD CONSTRAINT "CHK_appointment_bookings_home_visit" CHECK ("channel" <> 'home_visit' OR ("home_visit_reason" IS NOT NULL AND "visit_address" IS NOT NULL AND "visit_district" IS NOT NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "appointment_bookings" ADD CONSTRAINT "CHK_appointment_bookings_consent" CHECK ("on_behalf_of_name" IS NULL OR "consent_recorded_at" IS NOT NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "appointment_bookings" DROP CONSTRAINT "CHK_appointment_bookings_consent"`);
    await queryRunner.query(`ALTER TABLE "appointment_bookings" DROP CONSTRAINT "CHK_appointment_bookings_home_visit"`);
    await queryRunner.query(`ALTER TABLE "appointment_bookings" DROP COLUMN "consent_recorded_at"`);
    await queryRunner.query(`ALTER TABLE "appointment_bookings" DROP COLUMN "on_behalf_of_name"`);
    await queryRunner.query(`ALTER TABLE "appointment_bookings" DROP COLUMN "visit_district"`);
    await queryRunner.query(`ALTER TABLE "appointment_bookings" DROP COLUMN "visit_address"`);
    await queryRunner.query(`ALTER TABLE "appointment_bookings" DROP COLUMN "home_visit_reason"`);
    await queryRunner.query(`DROP TYPE "public"."appointment_visit_district"`);
    await queryRunner.query(`DROP TYPE "public"."appointment_home_visit_reason"`);
    await queryRunner.query(`ALTER TABLE "appointment_services" DROP CONSTRAINT "CHK_appointment_services_channel"`);
    await queryRunner.query(`ALTER TABLE "appointment_services" ADD CONSTRAINT "CHK_appointment_services_channel" CHECK ("video" OR "in_person")`);
    await queryRunner.query(`ALTER TABLE "appointment_services" DROP COLUMN "home_visit"`);
  }
}
