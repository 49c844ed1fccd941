import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15, part 3: surveys. Who took part (`survey_participations`) and what was answered
 * (`survey_responses`: no account, no time, random ids) are separate tables that nothing links.
 */
export class ParticipationSurveys1797030000000 implements MigrationInterface {
  name = 'ParticipationSurveys1797030000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."survey_status" AS ENUM('draft', 'published', 'closed')`);
    await queryRunner.query(
      `CREATE TABLE "surveys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" "public"."survey_status" NOT NULL DEFAULT 'draft', "title_de" character varying(200) NOT NULL, "intro_de" text NOT NULL DEFAULT '', "translations" jsonb NOT NULL DEFAULT '{}', "questions" jsonb NOT NULL, "audience" jsonb NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "results_visible_to_participants" boolean NOT NULL DEFAULT false, "seed_key" character varying(60), "created_by_account_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1b5e3d4aaeb2321ffa98498c971" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_surveys_seed_key" ON "surveys"  ("seed_key") `);
    await queryRunner.query(`CREATE INDEX "IDX_surveys_status_opens_at" ON "surveys"  ("status", "opens_at") `);
    await queryRunner.query(
      `CREATE TABLE "survey_participations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "account_id" uuid NOT NULL, "participated_on" date NOT NULL, CONSTRAINT "PK_1f982e90f6fc7c928713282a023" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_survey_participations_account" ON "survey_participations"  ("account_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_survey_participations_survey_account" ON "survey_participations"  ("survey_id", "account_id") `);
    await queryRunner.query(
      `CREATE TABLE "survey_responses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "district" character varying(40), "categories" text array NOT NULL DEFAULT '{}', "answers" jsonb NOT NULL, CONSTRAINT "PK_349995c51959d139d8e485a58ea" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_survey_responses_survey" ON "survey_responses"  ("survey_id") `);
    await queryRunner.query(
      `ALTER TABLE "survey_participations" ADD CONSTRAINT "FK_survey_participations_survey" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_participations" ADD CONSTRAINT "FK_survey_participations_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_responses" ADD CONSTRAINT "FK_survey_responses_survey" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "survey_responses" DROP CONSTRAINT "FK_survey_responses_survey"`);
    await queryRunner.query(`ALTER TABLE "survey_participations" DROP CONSTRAINT "FK_survey_participations_account"`);
    await queryRunner.query(`ALTER TABLE "survey_participations" DROP CONSTRAINT "FK_survey_participations_survey"`);
    await queryRunner.query(`DROP TABLE "survey_responses"`);
    await queryRunner.query(`DROP TABLE "survey_participations"`);
    await queryRunner.query(`DROP TABLE "surveys"`);
    await queryRunner.query(`DROP TYPE "public"."survey_status"`);
  }
}
