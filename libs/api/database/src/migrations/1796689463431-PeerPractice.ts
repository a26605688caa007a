import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Peer practice (issue 13): profiles, offered windows, matched sessions, feedback, blocks, reports,
 * the staff audit, and one table of a student's time commitments with ONE exclusion rule over a
 * student's coach bookings, workshop registrations and peer sessions. Triggers on the source
 * tables keep the commitments in step inside the writing transaction, so the rule is the
 * database's whatever code writes (scheduling and workshops are unchanged). Only active rows
 * count: bookings not cancelled; registrations seated or waitlisted (a waitlisted one may be
 * promoted in someone else's cancelling transaction, which must not fail) of a workshop not
 * cancelled; peer sessions booked.
 *
 * The `lane` column says which overlaps the rule refuses: a peer session's lane is unbounded, so
 * it overlaps everything of the student's; every other row gets a lane of its own, so a booking
 * and a workshop seat of the student may still overlap each other as before (the workshops
 * domain warns about it and registers; bookings among themselves keep bookings_student_no_overlap).
 * To refuse those overlaps as well, give every row the unbounded lane (one line in each function).
 */
export class PeerPractice1796689463431 implements MigrationInterface {
  name = 'PeerPractice1796689463431';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "public"."peer_focus" AS ENUM('CODING', 'SYSTEM_DESIGN', 'BEHAVIORAL', 'PRODUCT')`);
    await q.query(`CREATE TYPE "public"."peer_offer_status" AS ENUM('OPEN', 'MATCHED', 'WITHDRAWN')`);
    await q.query(`CREATE TYPE "public"."peer_session_status" AS ENUM('BOOKED', 'CANCELLED')`);
    await q.query(`CREATE TYPE "public"."peer_report_kind" AS ENUM('NO_SHOW', 'CONDUCT')`);
    await q.query(`CREATE TYPE "public"."student_commitment_source" AS ENUM('BOOKING', 'WORKSHOP', 'PEER')`);

    await q.query(`CREATE TABLE "peer_settings" (
      "id" smallint NOT NULL DEFAULT 1, "enabled" boolean NOT NULL DEFAULT true, "session_minutes" integer NOT NULL DEFAULT 60,
      "no_show_limit" integer NOT NULL DEFAULT 2, "no_show_window_days" integer NOT NULL DEFAULT 60, "pause_days" integer NOT NULL DEFAULT 14,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_peer_settings" PRIMARY KEY ("id"), CONSTRAINT "peer_settings_one" CHECK ("id" = 1),
      CONSTRAINT "peer_settings_minutes" CHECK ("session_minutes" BETWEEN 30 AND 120 AND "session_minutes" % 2 = 0),
      CONSTRAINT "peer_settings_no_show" CHECK ("no_show_limit" BETWEEN 1 AND 10 AND "no_show_window_days" BETWEEN 1 AND 365 AND "pause_days" BETWEEN 1 AND 180))`);
    await q.query(`INSERT INTO "peer_settings" DEFAULT VALUES`);

    await q.query(`CREATE TABLE "peer_profiles" (
      "student_id" uuid NOT NULL, "focus" "public"."peer_focus" NOT NULL, "level" smallint NOT NULL,
      "languages" character varying(40) array NOT NULL DEFAULT '{}', "target_companies" character varying(80) array NOT NULL DEFAULT '{}',
      "suspended_at" TIMESTAMP WITH TIME ZONE, "suspended_reason" text, "paused_until" TIMESTAMP WITH TIME ZONE, "pause_reason" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_peer_profiles" PRIMARY KEY ("student_id"), CONSTRAINT "peer_profiles_level" CHECK ("level" BETWEEN 0 AND 2),
      CONSTRAINT "FK_peer_profiles_student" FOREIGN KEY ("student_id") REFERENCES "users"("id") ON DELETE CASCADE)`);

    await q.query(`CREATE TABLE "peer_offers" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(), "student_id" uuid NOT NULL, "focus" "public"."peer_focus" NOT NULL, "level" smallint NOT NULL,
      "languages" character varying(40) array NOT NULL DEFAULT '{}', "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "status" "public"."peer_offer_status" NOT NULL DEFAULT 'OPEN', "session_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_peer_offers" PRIMARY KEY ("id"), CONSTRAINT "peer_offers_times" CHECK ("starts_at" < "ends_at"),
      CONSTRAINT "peer_offers_matched" CHECK (("status" = 'MATCHED') = ("session_id" IS NOT NULL)),
      CONSTRAINT "FK_peer_offers_student" FOREIGN KEY ("student_id") REFERENCES "peer_profiles"("student_id") ON DELETE CASCADE)`);
    // Matching looks for open offers whose window overlaps the request's.
    await q.query(`CREATE INDEX "IDX_peer_offers_open_window" ON "peer_offers" USING gist (tstzrange("starts_at", "ends_at")) WHERE "status" = 'OPEN'`);
    await q.query(`CREATE INDEX "IDX_peer_offers_student" ON "peer_offers" ("student_id", "starts_at")`);

    // "first" interviews "second" in the first half, then they swap. Each question is the one its
    // interviewer asks: a reference ('bank:<uuid>' or 'peer:<key>') and the text as given.
    await q.query(`CREATE TABLE "peer_sessions" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(), "first_id" uuid NOT NULL, "second_id" uuid NOT NULL, "focus" "public"."peer_focus" NOT NULL,
      "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" "public"."peer_session_status" NOT NULL DEFAULT 'BOOKED',
      "first_offer_id" uuid, "second_offer_id" uuid,
      "first_question_ref" character varying(80) NOT NULL, "first_question" text NOT NULL, "second_question_ref" character varying(80) NOT NULL, "second_question" text NOT NULL,
      "cancelled_by" uuid, "cancel_reason" text, "cancelled_at" TIMESTAMP WITH TIME ZONE,
      "ical_uid" uuid NOT NULL DEFAULT gen_random_uuid(), "ical_sequence" integer NOT NULL DEFAULT 0, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_peer_sessions" PRIMARY KEY ("id"), CONSTRAINT "peer_sessions_pair" CHECK ("first_id" <> "second_id"),
      CONSTRAINT "peer_sessions_times" CHECK ("starts_at" < "ends_at"),
      CONSTRAINT "FK_peer_sessions_first" FOREIGN KEY ("first_id") REFERENCES "users"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_peer_sessions_second" FOREIGN KEY ("second_id") REFERENCES "users"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_peer_sessions_first_offer" FOREIGN KEY ("first_offer_id") REFERENCES "peer_offers"("id") ON DELETE SET NULL,
      CONSTRAINT "FK_peer_sessions_second_offer" FOREIGN KEY ("second_offer_id") REFERENCES "peer_offers"("id") ON DELETE SET NULL)`);
    await q.query(`CREATE INDEX "IDX_peer_sessions_first" ON "peer_sessions" ("first_id", "starts_at")`);
    await q.query(`CREATE INDEX "IDX_peer_sessions_second" ON "peer_sessions" ("second_id", "starts_at")`);
    await q.query(`ALTER TABLE "peer_offers" ADD CONSTRAINT "FK_peer_offers_session" FOREIGN KEY ("session_id") REFERENCES "peer_sessions"("id") ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED`);

    // One row per author: their rubric of the partner as interviewee and how helpful the partner was as interviewer.
    await q.query(`CREATE TABLE "peer_feedback" (
      "session_id" uuid NOT NULL, "author_id" uuid NOT NULL, "subject_id" uuid NOT NULL, "scores" jsonb NOT NULL, "comments" text NOT NULL DEFAULT '',
      "helpfulness" smallint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_peer_feedback" PRIMARY KEY ("session_id", "author_id"), CONSTRAINT "peer_feedback_helpfulness" CHECK ("helpfulness" BETWEEN 1 AND 5),
      CONSTRAINT "FK_peer_feedback_session" FOREIGN KEY ("session_id") REFERENCES "peer_sessions"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX "IDX_peer_feedback_subject" ON "peer_feedback" ("subject_id")`);

    await q.query(`CREATE TABLE "peer_blocks" (
      "blocker_id" uuid NOT NULL, "blocked_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_peer_blocks" PRIMARY KEY ("blocker_id", "blocked_id"), CONSTRAINT "peer_blocks_other" CHECK ("blocker_id" <> "blocked_id"),
      CONSTRAINT "FK_peer_blocks_blocker" FOREIGN KEY ("blocker_id") REFERENCES "users"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_peer_blocks_blocked" FOREIGN KEY ("blocked_id") REFERENCES "users"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX "IDX_peer_blocks_blocked" ON "peer_blocks" ("blocked_id")`);

    await q.query(`CREATE TABLE "peer_reports" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(), "reporter_id" uuid NOT NULL, "reported_id" uuid NOT NULL, "session_id" uuid NOT NULL,
      "kind" "public"."peer_report_kind" NOT NULL, "reason" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_peer_reports" PRIMARY KEY ("id"),
      CONSTRAINT "FK_peer_reports_session" FOREIGN KEY ("session_id") REFERENCES "peer_sessions"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE UNIQUE INDEX "UQ_peer_reports_once" ON "peer_reports" ("session_id", "reporter_id", "kind")`);
    await q.query(`CREATE INDEX "IDX_peer_reports_reported" ON "peer_reports" ("reported_id", "created_at")`);

    await q.query(`CREATE TABLE "peer_staff_actions" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" uuid NOT NULL, "action" character varying(40) NOT NULL, "student_id" uuid,
      "detail" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_peer_staff_actions" PRIMARY KEY ("id"))`);

    // The one rule over all three kinds of a student's time.
    await q.query(`CREATE SEQUENCE "student_commitment_lanes"`);
    await q.query(`CREATE FUNCTION student_commitment_lane() RETURNS int8range LANGUAGE sql AS $$ SELECT int8range(n, n + 1) FROM nextval('student_commitment_lanes') n $$`);
    await q.query(`CREATE TABLE "student_commitments" (
      "student_id" uuid NOT NULL, "source" "public"."student_commitment_source" NOT NULL, "source_id" uuid NOT NULL, "during" tstzrange NOT NULL,
      "lane" int8range NOT NULL DEFAULT student_commitment_lane(),
      CONSTRAINT "PK_student_commitments" PRIMARY KEY ("source", "source_id", "student_id"),
      CONSTRAINT "student_commitments_no_overlap" EXCLUDE USING gist ("student_id" WITH =, "during" WITH &&, "lane" WITH &&))`);

    await q.query(`CREATE FUNCTION student_commitments_of_booking() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN DELETE FROM student_commitments WHERE source = 'BOOKING' AND source_id = OLD.id; END IF;
        IF TG_OP <> 'DELETE' AND NEW.status <> 'CANCELLED' THEN
          INSERT INTO student_commitments (student_id, source, source_id, during) VALUES (NEW.student_id, 'BOOKING', NEW.id, tstzrange(NEW.starts_at, NEW.ends_at));
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER "bookings_student_commitments" AFTER INSERT OR DELETE OR UPDATE OF status, starts_at, ends_at, student_id ON "bookings" FOR EACH ROW EXECUTE FUNCTION student_commitments_of_booking()`);

    await q.query(`CREATE FUNCTION student_commitments_of_registration() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN DELETE FROM student_commitments WHERE source = 'WORKSHOP' AND source_id = OLD.id; END IF;
        IF TG_OP <> 'DELETE' AND NEW.status IN ('REGISTERED', 'WAITLISTED', 'ATTENDED', 'NO_SHOW') THEN
          INSERT INTO student_commitments (student_id, source, source_id, during)
            SELECT NEW.student_id, 'WORKSHOP', NEW.id, tstzrange(w.starts_at, w.ends_at) FROM workshops w WHERE w.id = NEW.workshop_id AND w.status <> 'CANCELLED';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER "workshop_registrations_student_commitments" AFTER INSERT OR DELETE OR UPDATE OF status, workshop_id, student_id ON "workshop_registrations" FOR EACH ROW EXECUTE FUNCTION student_commitments_of_registration()`);

    await q.query(`CREATE FUNCTION student_commitments_of_workshop() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM student_commitments c USING workshop_registrations r WHERE c.source = 'WORKSHOP' AND c.source_id = r.id AND r.workshop_id = NEW.id;
        IF NEW.status <> 'CANCELLED' THEN
          INSERT INTO student_commitments (student_id, source, source_id, during)
            SELECT r.student_id, 'WORKSHOP', r.id, tstzrange(NEW.starts_at, NEW.ends_at) FROM workshop_registrations r
             WHERE r.workshop_id = NEW.id AND r.status IN ('REGISTERED', 'WAITLISTED', 'ATTENDED', 'NO_SHOW');
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER "workshops_student_commitments" AFTER UPDATE OF status, starts_at, ends_at ON "workshops" FOR EACH ROW
      WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.starts_at IS DISTINCT FROM NEW.starts_at OR OLD.ends_at IS DISTINCT FROM NEW.ends_at)
      EXECUTE FUNCTION student_commitments_of_workshop()`);

    await q.query(`CREATE FUNCTION student_commitments_of_peer_session() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN DELETE FROM student_commitments WHERE source = 'PEER' AND source_id = OLD.id; END IF;
        IF TG_OP <> 'DELETE' AND NEW.status = 'BOOKED' THEN
          INSERT INTO student_commitments (student_id, source, source_id, during, lane)
            VALUES (NEW.first_id, 'PEER', NEW.id, tstzrange(NEW.starts_at, NEW.ends_at), '(,)'), (NEW.second_id, 'PEER', NEW.id, tstzrange(NEW.starts_at, NEW.ends_at), '(,)');
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER "peer_sessions_student_commitments" AFTER INSERT OR DELETE OR UPDATE OF status, starts_at, ends_at, first_id, second_id ON "peer_sessions" FOR EACH ROW EXECUTE FUNCTION student_commitments_of_peer_session()`);

    // What exists already (no peer sessions yet, so nothing here can conflict).
    await q.query(`INSERT INTO student_commitments (student_id, source, source_id, during)
      SELECT student_id, 'BOOKING', id, tstzrange(starts_at, ends_at) FROM bookings WHERE status <> 'CANCELLED' ORDER BY starts_at
      ON CONFLICT DO NOTHING`);
    await q.query(`INSERT INTO student_commitments (student_id, source, source_id, during)
      SELECT r.student_id, 'WORKSHOP', r.id, tstzrange(w.starts_at, w.ends_at) FROM workshop_registrations r JOIN workshops w ON w.id = r.workshop_id
       WHERE r.status IN ('REGISTERED', 'WAITLISTED', 'ATTENDED', 'NO_SHOW') AND w.status <> 'CANCELLED' ORDER BY w.starts_at
      ON CONFLICT DO NOTHING`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "peer_sessions_student_commitments" ON "peer_sessions"`);
    await q.query(`DROP TRIGGER "workshops_student_commitments" ON "workshops"`);
    await q.query(`DROP TRIGGER "workshop_registrations_student_commitments" ON "workshop_registrations"`);
    await q.query(`DROP TRIGGER "bookings_student_commitments" ON "bookings"`);
    await q.query(`DROP FUNCTION student_commitments_of_peer_session()`);
    await q.query(`DROP FUNCTION student_commitments_of_workshop()`);
    await q.query(`DROP FUNCTION student_commitments_of_registration()`);
    await q.query(`DROP FUNCTION student_commitments_of_booking()`);
    await q.query(`DROP TABLE "student_commitments"`);
    await q.query(`DROP FUNCTION student_commitment_lane()`);
    await q.query(`DROP SEQUENCE "student_commitment_lanes"`);
    await q.query(`DROP TABLE "peer_staff_actions"`);
    await q.query(`DROP TABLE "peer_reports"`);
    await q.query(`DROP TABLE "peer_blocks"`);
    await q.query(`DROP TABLE "peer_feedback"`);
    await q.query(`ALTER TABLE "peer_offers" DROP CONSTRAINT "FK_peer_offers_session"`);
    await q.query(`DROP TABLE "peer_sessions"`);
    await q.query(`DROP TABLE "peer_offers"`);
    await q.query(`DROP TABLE "peer_profiles"`);
    await q.query(`DROP TABLE "peer_settings"`);
    await q.query(`DROP TYPE "public"."student_commitment_source"`);
    await q.query(`DROP TYPE "public"."peer_report_kind"`);
    await q.query(`DROP TYPE "public"."peer_session_status"`);
    await q.query(`DROP TYPE "public"."peer_offer_status"`);
    await q.query(`DROP TYPE "public"."peer_focus"`);
  }
}
