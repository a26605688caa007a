import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15, second part: scheduling's log of slot searches (written in batches off the request
 * path) and the view it publishes for reports; the reports domain's audit of exports naming students.
 */
export class ReportsDemandAndAudit1796690379478 implements MigrationInterface {
  name = 'ReportsDemandAndAudit1796690379478';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "slot_searches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "searched_at" TIMESTAMP WITH TIME ZONE NOT NULL, "session_type_id" uuid NOT NULL, "coach_id" uuid, "range_from" TIMESTAMP WITH TIME ZONE NOT NULL, "range_to" TIMESTAMP WITH TIME ZONE NOT NULL, "results" integer NOT NULL, "first_slot_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_439f299a30fe779625d2dbce2c8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "slot_searches_at" ON "slot_searches" ("searched_at") `);
    await queryRunner.query(`CREATE VIEW "scheduling_report_slot_searches" AS
      SELECT s."searched_at", s."session_type_id", t."name" AS session_type_name, s."coach_id", s."range_from", s."range_to", s."results", s."first_slot_at"
      FROM "slot_searches" s JOIN "session_types" t ON t."id" = s."session_type_id"`);
    await queryRunner.query(`CREATE VIEW "scheduling_report_booking_changes" AS
      SELECT e."booking_id", b."coach_id", b."session_type_id", e."kind"::text AS kind, e."at", coalesce(e."from_starts_at", b."starts_at") AS from_starts_at
      FROM "booking_events" e JOIN "bookings" b ON b."id" = e."booking_id"
      WHERE e."kind" IN ('CANCELLED', 'RESCHEDULED')`);
    await queryRunner.query(`CREATE INDEX "booking_events_kind_at" ON "booking_events" ("kind", "at")`);
    await queryRunner.query(`CREATE TABLE "report_exports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" uuid NOT NULL, "report" character varying(40) NOT NULL, "format" character varying(10) NOT NULL, "scope" jsonb NOT NULL, "rows" integer NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_831f34e4d6c47ec2bb42a614465" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "report_exports_at" ON "report_exports" ("at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."report_exports_at"`);
    await queryRunner.query(`DROP TABLE "report_exports"`);
    await queryRunner.query(`DROP INDEX "public"."booking_events_kind_at"`);
    await queryRunner.query(`DROP VIEW "scheduling_report_booking_changes"`);
    await queryRunner.query(`DROP VIEW "scheduling_report_slot_searches"`);
    await queryRunner.query(`DROP INDEX "public"."slot_searches_at"`);
    await queryRunner.query(`DROP TABLE "slot_searches"`);
  }
}
