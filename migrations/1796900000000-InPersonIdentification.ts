import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identification in person at a partner service point or a city self-service terminal (passport
 * chip and face, confirmed by staff): its bookings, and `in_person` as a verification method.
 */
export class InPersonIdentification1796900000000 implements MigrationInterface {
  name = 'InPersonIdentification1796900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."identity_verification_method" ADD VALUE IF NOT EXISTS 'in_person'`);
    await queryRunner.query(`CREATE TYPE "public"."in_person_identification_status" AS ENUM('booked', 'confirmed', 'rejected', 'cancelled')`);
    await queryRunner.query(
      `CREATE TABLE "in_person_identification_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "partner" character varying(60) NOT NULL, "service_point_id" character varying(100) NOT NULL, "booking_code" character varying(60) NOT NULL, "status" "public"."in_person_identification_status" NOT NULL DEFAULT 'booked', "rejection_reason" character varying(100), "decided_by_account_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_15a003f2aa9e54359f3d5776acc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_in_person_identification_sessions_booking_code" ON "in_person_identification_sessions" ("booking_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_in_person_identification_sessions_account_created" ON "in_person_identification_sessions" ("account_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "in_person_identification_sessions" ADD CONSTRAINT "FK_09cc8b351cd328622a798710d78" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "in_person_identification_sessions" ADD CONSTRAINT "FK_51b4a261caa5c82213a9bf1dc48" FOREIGN KEY ("decided_by_account_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "in_person_identification_sessions" DROP CONSTRAINT "FK_51b4a261caa5c82213a9bf1dc48"`);
    await queryRunner.query(`ALTER TABLE "in_person_identification_sessions" DROP CONSTRAINT "FK_09cc8b351cd328622a798710d78"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_in_person_identification_sessions_account_created"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_in_person_identification_sessions_booking_code"`);
    await queryRunner.query(`DROP TABLE "in_person_identification_sessions"`);
    await queryRunner.query(`DROP TYPE "public"."in_person_identification_status"`);
    // PostgreSQL cannot drop one value of an enum: identities verified in person fall back to `video`, and the type is rebuilt.
    await queryRunner.query(`UPDATE "verified_identities" SET "method" = 'video' WHERE "method" = 'in_person'`);
    await queryRunner.query(`ALTER TYPE "public"."identity_verification_method" RENAME TO "identity_verification_method_old"`);
    await queryRunner.query(`CREATE TYPE "public"."identity_verification_method" AS ENUM('eid', 'video')`);
    await queryRunner.query(
      `ALTER TABLE "verified_identities" ALTER COLUMN "method" TYPE "public"."identity_verification_method" USING "method"::text::"public"."identity_verification_method"`,
    );
    await queryRunner.query(`DROP TYPE "public"."identity_verification_method_old"`);
  }
}
