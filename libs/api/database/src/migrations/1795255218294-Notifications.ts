import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795255218294 implements MigrationInterface {
  name = 'Notifications1795255218294';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "calendar_feed_tokens" ("user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_03afc5516cb101fcd177693b33c" UNIQUE ("token_hash"), CONSTRAINT "PK_91dd5d95930f79852080990fd66" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`CREATE TYPE "public"."job_status" AS ENUM('PENDING', 'DONE', 'FAILED')`);
    await queryRunner.query(`CREATE TABLE "jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" character varying(80) NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}', "status" "public"."job_status" NOT NULL DEFAULT 'PENDING', "run_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "attempts" integer NOT NULL DEFAULT '0', "max_attempts" integer NOT NULL DEFAULT '10', "locked_until" TIMESTAMP WITH TIME ZONE, "locked_by" character varying(80), "last_error" text, "dedupe_key" character varying(300), "done_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_ce288f50d13f64c22330d2afa7d" UNIQUE ("dedupe_key"), CONSTRAINT "PK_cf0a6c42b72fcc7f7c237def345" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "jobs_due" ON "jobs" ("run_at") WHERE "status" = 'PENDING'`);
    // Existing messages (a dev outbox from before) get a Message-ID derived from their id.
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "message_id" character varying(250)`);
    await queryRunner.query(`UPDATE "outbox_messages" SET "message_id" = '<' || "id" || '@debrief.invalid>'`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ALTER COLUMN "message_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "calendar_method" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "calendar_ics" text`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "dedupe_key" character varying(300)`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD CONSTRAINT "UQ_592113dbdc26ec3d5e1596db17f" UNIQUE ("dedupe_key")`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "locked_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "locked_by" character varying(80)`);
    // Added in place: the partial index outbox_messages_pending depends on the type, so the
    // rename-and-recreate TypeORM generates cannot run. (Not used in this transaction, as PostgreSQL requires.)
    await queryRunner.query(`ALTER TYPE "public"."outbox_status" ADD VALUE IF NOT EXISTS 'CAPTURED'`);
    await queryRunner.query(`ALTER TABLE "calendar_feed_tokens" ADD CONSTRAINT "FK_91dd5d95930f79852080990fd66" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calendar_feed_tokens" DROP CONSTRAINT "FK_91dd5d95930f79852080990fd66"`);
    // PostgreSQL cannot drop an enum value; captured messages count as sent from here on.
    await queryRunner.query(`DROP INDEX "public"."outbox_messages_pending"`);
    await queryRunner.query(`UPDATE "outbox_messages" SET "status" = 'SENT' WHERE "status" = 'CAPTURED'`);
    await queryRunner.query(`ALTER TYPE "public"."outbox_status" RENAME TO "outbox_status_old"`);
    await queryRunner.query(`CREATE TYPE "public"."outbox_status" AS ENUM('PENDING', 'SENT', 'FAILED')`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ALTER COLUMN "status" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ALTER COLUMN "status" TYPE "public"."outbox_status" USING "status"::"text"::"public"."outbox_status"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ALTER COLUMN "status" SET DEFAULT 'PENDING'`);
    await queryRunner.query(`DROP TYPE "public"."outbox_status_old"`);
    await queryRunner.query(`CREATE INDEX "outbox_messages_pending" ON "outbox_messages" ("available_at") WHERE "status" = 'PENDING'`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "locked_by"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "locked_until"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP CONSTRAINT "UQ_592113dbdc26ec3d5e1596db17f"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "dedupe_key"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "calendar_ics"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "calendar_method"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "message_id"`);
    await queryRunner.query(`DROP INDEX "public"."jobs_due"`);
    await queryRunner.query(`DROP TABLE "jobs"`);
    await queryRunner.query(`DROP TYPE "public"."job_status"`);
    await queryRunner.query(`DROP TABLE "calendar_feed_tokens"`);
  }
}
