import { MigrationInterface, QueryRunner } from 'typeorm';

export class PracticeRooms1796305668298 implements MigrationInterface {
  name = 'PracticeRooms1796305668298';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."practice_phase" AS ENUM('NOT_STARTED', 'INTERVIEW', 'FEEDBACK', 'WRAP_UP', 'DONE')`);
    await queryRunner.query(`CREATE TYPE "public"."practice_language" AS ENUM('JAVASCRIPT', 'TYPESCRIPT', 'PYTHON', 'JAVA', 'CPP', 'GO', 'SQL', 'PLAIN_TEXT')`);
    await queryRunner.query(`CREATE TABLE "practice_rooms" ("booking_id" uuid NOT NULL, "phase" "public"."practice_phase" NOT NULL DEFAULT 'NOT_STARTED', "phase_started_at" TIMESTAMP WITH TIME ZONE, "clock_revision" integer NOT NULL DEFAULT '0', "language" "public"."practice_language" NOT NULL DEFAULT 'JAVASCRIPT', "recording_url" character varying(2000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "practice_rooms_phase_time" CHECK (("phase" = 'NOT_STARTED') = ("phase_started_at" IS NULL)), CONSTRAINT "practice_rooms_recording_https" CHECK ("recording_url" IS NULL OR ("recording_url" LIKE 'https://%' AND length("recording_url") <= 2000)), CONSTRAINT "PK_397549aa22f28b3c4d129c00e15" PRIMARY KEY ("booking_id"))`);
    await queryRunner.query(`CREATE TABLE "practice_document_updates" ("id" BIGSERIAL NOT NULL, "booking_id" uuid NOT NULL, "document_name" character varying(200) NOT NULL, "update" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_61106aec8007212bf5be0be3ffc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "practice_document_updates_doc" ON "practice_document_updates" ("document_name", "id") `);
    await queryRunner.query(`CREATE TABLE "practice_questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "booking_id" uuid NOT NULL, "text" text NOT NULL, "topic" character varying(80) NOT NULL DEFAULT '', "company" character varying(80) NOT NULL DEFAULT '', "asked_by" uuid NOT NULL, "asked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "practice_questions_text" CHECK (length("text") BETWEEN 1 AND 4000), CONSTRAINT "PK_682ec9b1c083973a62941bfb678" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "practice_questions_room" ON "practice_questions" ("booking_id", "asked_at") `);
    await queryRunner.query(`ALTER TABLE "practice_document_updates" ADD CONSTRAINT "FK_fd261f46c2429858c421ea5378b" FOREIGN KEY ("booking_id") REFERENCES "practice_rooms"("booking_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_questions" ADD CONSTRAINT "FK_0c60bf103235059159adb23359d" FOREIGN KEY ("booking_id") REFERENCES "practice_rooms"("booking_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "practice_questions" DROP CONSTRAINT "FK_0c60bf103235059159adb23359d"`);
    await queryRunner.query(`ALTER TABLE "practice_document_updates" DROP CONSTRAINT "FK_fd261f46c2429858c421ea5378b"`);
    await queryRunner.query(`DROP INDEX "public"."practice_questions_room"`);
    await queryRunner.query(`DROP TABLE "practice_questions"`);
    await queryRunner.query(`DROP INDEX "public"."practice_document_updates_doc"`);
    await queryRunner.query(`DROP TABLE "practice_document_updates"`);
    await queryRunner.query(`DROP TABLE "practice_rooms"`);
    await queryRunner.query(`DROP TYPE "public"."practice_language"`);
    await queryRunner.query(`DROP TYPE "public"."practice_phase"`);
  }
}
