import { MigrationInterface, QueryRunner } from 'typeorm';

export class Scheduling1795249166079 implements MigrationInterface {
  name = 'Scheduling1795249166079';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."override_kind" AS ENUM('EXTRA', 'DAY_OFF')`);
    await queryRunner.query(`CREATE TABLE "availability_overrides" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "coach_id" uuid NOT NULL, "date" date NOT NULL, "kind" "public"."override_kind" NOT NULL, "start_minute" smallint, "end_minute" smallint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "availability_overrides_range" CHECK (("kind" = 'DAY_OFF' AND "start_minute" IS NULL AND "end_minute" IS NULL) OR ("kind" = 'EXTRA' AND "start_minute" >= 0 AND "start_minute" < "end_minute" AND "end_minute" <= 1440)), CONSTRAINT "PK_6538072d7a05f95e5c1444a10ba" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "availability_overrides_coach_date" ON "availability_overrides" ("coach_id", "date") `);
    await queryRunner.query(`CREATE TABLE "weekly_hours" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "coach_id" uuid NOT NULL, "weekday" smallint NOT NULL, "start_minute" smallint NOT NULL, "end_minute" smallint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "weekly_hours_range" CHECK ("weekday" BETWEEN 1 AND 7 AND "start_minute" >= 0 AND "start_minute" < "end_minute" AND "end_minute" <= 1440), CONSTRAINT "PK_d65703823c148f3f3ce6b78c53a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "weekly_hours_coach" ON "weekly_hours" ("coach_id", "weekday") `);
    await queryRunner.query(`CREATE TYPE "public"."location_kind" AS ENUM('ROOM', 'VIDEO')`);
    await queryRunner.query(`CREATE TABLE "session_types" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "category" "public"."specialty" NOT NULL, "description" text NOT NULL DEFAULT '', "preparation" text NOT NULL DEFAULT '', "duration_minutes" integer NOT NULL DEFAULT '60', "interview_minutes" integer, "buffer_before_minutes" integer NOT NULL DEFAULT '0', "buffer_after_minutes" integer NOT NULL DEFAULT '10', "min_notice_minutes" integer NOT NULL DEFAULT '720', "horizon_days" integer NOT NULL DEFAULT '28', "cancel_cutoff_hours" integer NOT NULL DEFAULT '24', "max_active_per_student" integer, "location_kind" "public"."location_kind" NOT NULL DEFAULT 'VIDEO', "room" character varying(200), "retired_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "session_types_rules" CHECK ("buffer_before_minutes" >= 0 AND "buffer_after_minutes" >= 0 AND "min_notice_minutes" >= 0 AND "horizon_days" BETWEEN 1 AND 365 AND "cancel_cutoff_hours" >= 0), CONSTRAINT "session_types_duration" CHECK ("duration_minutes" BETWEEN 15 AND 240 AND ("interview_minutes" IS NULL OR "interview_minutes" BETWEEN 5 AND "duration_minutes")), CONSTRAINT "PK_7d42a2ce4a75edfa6f9a8294cd6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."booking_status" AS ENUM('BOOKED', 'COMPLETED', 'NO_SHOW', 'CANCELLED')`);
    await queryRunner.query(`CREATE TABLE "bookings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_type_id" uuid NOT NULL, "coach_id" uuid NOT NULL, "student_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked_from" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked_to" TIMESTAMP WITH TIME ZONE NOT NULL, "status" "public"."booking_status" NOT NULL DEFAULT 'BOOKED', "assignment" character varying(200) NOT NULL, "location" character varying(500) NOT NULL DEFAULT '', "cancel_reason" text, "no_show_excused" boolean NOT NULL DEFAULT false, "ical_uid" uuid NOT NULL, "ical_sequence" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "bookings_times" CHECK ("starts_at" < "ends_at" AND "blocked_from" <= "starts_at" AND "blocked_to" >= "ends_at"), CONSTRAINT "bookings_student_no_overlap" EXCLUDE USING gist ("student_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("status" <> 'CANCELLED'), CONSTRAINT "bookings_coach_no_overlap" EXCLUDE USING gist ("coach_id" WITH =, tstzrange("blocked_from", "blocked_to") WITH &&) WHERE ("status" <> 'CANCELLED'), CONSTRAINT "PK_bee6805982cc1e248e94ce94957" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "bookings_coach_starts" ON "bookings" ("coach_id", "starts_at") `);
    await queryRunner.query(`CREATE INDEX "bookings_student_starts" ON "bookings" ("student_id", "starts_at") `);
    await queryRunner.query(`CREATE TYPE "public"."booking_event_kind" AS ENUM('BOOKED', 'RESCHEDULED', 'CANCELLED', 'COMPLETED', 'NO_SHOW', 'NO_SHOW_EXCUSED')`);
    await queryRunner.query(`CREATE TABLE "booking_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "booking_id" uuid NOT NULL, "kind" "public"."booking_event_kind" NOT NULL, "actor_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "from_starts_at" TIMESTAMP WITH TIME ZONE, "to_starts_at" TIMESTAMP WITH TIME ZONE, "reason" text, CONSTRAINT "PK_bb7037dff63ec344eba13da5d0b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "booking_events_booking" ON "booking_events" ("booking_id", "at") `);
    await queryRunner.query(`CREATE TABLE "closures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "start_date" date NOT NULL, "end_date" date NOT NULL, "reason" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "closures_dates" CHECK ("start_date" <= "end_date"), CONSTRAINT "PK_46899be9fc60da350bc4d55a2de" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "booking_policy" ("id" smallint NOT NULL DEFAULT '1', "max_active_bookings" integer NOT NULL DEFAULT '3', "no_show_limit" integer NOT NULL DEFAULT '3', "no_show_window_days" integer NOT NULL DEFAULT '120', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "booking_policy_values" CHECK ("max_active_bookings" >= 1 AND "no_show_limit" >= 1 AND "no_show_window_days" >= 1), CONSTRAINT "booking_policy_single_row" CHECK ("id" = 1), CONSTRAINT "PK_80870a85c975ba459cd73871407" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "session_type_coaches" ("session_type_id" uuid NOT NULL, "coach_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_19aba926f00d9d75ec328c3f7d6" PRIMARY KEY ("session_type_id", "coach_id"))`);
    await queryRunner.query(`ALTER TABLE "availability_overrides" ADD CONSTRAINT "FK_d281d6f91fb95ca2b8caaf03965" FOREIGN KEY ("coach_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "weekly_hours" ADD CONSTRAINT "FK_e236953e096933606aa51e24c35" FOREIGN KEY ("coach_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "bookings" ADD CONSTRAINT "FK_be93a0250a52b4968e393fe7c4c" FOREIGN KEY ("session_type_id") REFERENCES "session_types"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "bookings" ADD CONSTRAINT "FK_045c8fc66467e20e5ecf047501d" FOREIGN KEY ("coach_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "bookings" ADD CONSTRAINT "FK_802239bcb6f913e1b959ee587ba" FOREIGN KEY ("student_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "booking_events" ADD CONSTRAINT "FK_f71c073e8e26aca6917ea146c80" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "booking_events" ADD CONSTRAINT "FK_aa828b63055281236b95b5d895f" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "session_type_coaches" ADD CONSTRAINT "FK_1c9b3374cbc7b89382a3c88c4f8" FOREIGN KEY ("session_type_id") REFERENCES "session_types"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "session_type_coaches" ADD CONSTRAINT "FK_5980923fc81ffe9e49107d83636" FOREIGN KEY ("coach_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // The center's policy is one row that always exists; staff edit it.
    await queryRunner.query(`INSERT INTO "booking_policy" ("id") VALUES (1)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session_type_coaches" DROP CONSTRAINT "FK_5980923fc81ffe9e49107d83636"`);
    await queryRunner.query(`ALTER TABLE "session_type_coaches" DROP CONSTRAINT "FK_1c9b3374cbc7b89382a3c88c4f8"`);
    await queryRunner.query(`ALTER TABLE "booking_events" DROP CONSTRAINT "FK_aa828b63055281236b95b5d895f"`);
    await queryRunner.query(`ALTER TABLE "booking_events" DROP CONSTRAINT "FK_f71c073e8e26aca6917ea146c80"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP CONSTRAINT "FK_802239bcb6f913e1b959ee587ba"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP CONSTRAINT "FK_045c8fc66467e20e5ecf047501d"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP CONSTRAINT "FK_be93a0250a52b4968e393fe7c4c"`);
    await queryRunner.query(`ALTER TABLE "weekly_hours" DROP CONSTRAINT "FK_e236953e096933606aa51e24c35"`);
    await queryRunner.query(`ALTER TABLE "availability_overrides" DROP CONSTRAINT "FK_d281d6f91fb95ca2b8caaf03965"`);
    await queryRunner.query(`DROP TABLE "session_type_coaches"`);
    await queryRunner.query(`DROP TABLE "booking_policy"`);
    await queryRunner.query(`DROP TABLE "closures"`);
    await queryRunner.query(`DROP INDEX "public"."booking_events_booking"`);
    await queryRunner.query(`DROP TABLE "booking_events"`);
    await queryRunner.query(`DROP TYPE "public"."booking_event_kind"`);
    await queryRunner.query(`DROP INDEX "public"."bookings_student_starts"`);
    await queryRunner.query(`DROP INDEX "public"."bookings_coach_starts"`);
    await queryRunner.query(`DROP TABLE "bookings"`);
    await queryRunner.query(`DROP TYPE "public"."booking_status"`);
    await queryRunner.query(`DROP TABLE "session_types"`);
    await queryRunner.query(`DROP TYPE "public"."location_kind"`);
    await queryRunner.query(`DROP INDEX "public"."weekly_hours_coach"`);
    await queryRunner.query(`DROP TABLE "weekly_hours"`);
    await queryRunner.query(`DROP INDEX "public"."availability_overrides_coach_date"`);
    await queryRunner.query(`DROP TABLE "availability_overrides"`);
    await queryRunner.query(`DROP TYPE "public"."override_kind"`);
  }
}
