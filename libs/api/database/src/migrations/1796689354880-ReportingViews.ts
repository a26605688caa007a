import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What each domain publishes for the reports (issue 15). The reports domain never reads another
 * domain's tables: it queries only these views and the one function, each named after the domain
 * that owns it and keeps it in step with its tables. Columns are what reports need, nothing more
 * (no private coach notes, no secrets).
 *
 * - identity:   identity_report_users, identity_report_students
 * - scheduling: scheduling_report_bookings, scheduling_report_blocked_students,
 *               scheduling_report_open_time(from, to, center zone) — the coaches' open hours as
 *               instants: weekly hours and EXTRA overrides of each local date in the coach's zone,
 *               less DAY_OFF dates and closures (dated in the center's zone), as the slot engine
 *               computes them (availability.ts), in SQL so that a term of 200 coaches is one query.
 * - workshops:  workshops_report_workshops, workshops_report_registrations
 * - coaching:   coaching_report_scores, coaching_report_self_gap, coaching_report_plan_items
 */
export class ReportingViews1796689354880 implements MigrationInterface {
  name = 'ReportingViews1796689354880';

  async up(queryRunner: QueryRunner): Promise<void> {
    // identity
    await queryRunner.query(`CREATE VIEW "identity_report_users" AS
      SELECT u."id" AS user_id, u."name", u."email", u."role"::text AS role, u."status"::text AS status, u."time_zone"
      FROM "users" u`);
    await queryRunner.query(`CREATE VIEW "identity_report_students" AS
      SELECT u."id" AS user_id, u."status"::text AS status, p."class_year", p."major", u."created_at"
      FROM "users" u JOIN "student_profiles" p ON p."user_id" = u."id"
      WHERE u."role" = 'STUDENT'`);

    // scheduling
    // The cancellation time is looked up only for cancelled bookings, and only when a query reads it.
    await queryRunner.query(`CREATE VIEW "scheduling_report_bookings" AS
      SELECT b."id" AS booking_id, b."coach_id", b."student_id", b."session_type_id", t."name" AS session_type_name,
             b."starts_at", b."ends_at", b."status"::text AS status, b."no_show_excused", b."created_at" AS booked_at,
             CASE WHEN b."status" = 'CANCELLED' THEN (SELECT max(e."at") FROM "booking_events" e WHERE e."booking_id" = b."id" AND e."kind" = 'CANCELLED') END AS cancelled_at,
             t."cancel_cutoff_hours",
             CASE WHEN b."status" = 'CANCELLED'
                  THEN coalesce(b."starts_at" - (SELECT max(e."at") FROM "booking_events" e WHERE e."booking_id" = b."id" AND e."kind" = 'CANCELLED') < t."cancel_cutoff_hours" * interval '1 hour', false)
                  ELSE false END AS late_cancellation
      FROM "bookings" b
      JOIN "session_types" t ON t."id" = b."session_type_id"`);
    await queryRunner.query(`CREATE VIEW "scheduling_report_blocked_students" AS
      SELECT b."student_id", count(*)::int AS no_shows
      FROM "bookings" b CROSS JOIN "booking_policy" p
      WHERE b."status" = 'NO_SHOW' AND NOT b."no_show_excused" AND b."starts_at" > now() - p."no_show_window_days" * interval '1 day'
      GROUP BY b."student_id", p."no_show_limit"
      HAVING count(*) >= p."no_show_limit"`);
    await queryRunner.query(`CREATE FUNCTION "scheduling_report_open_time"(p_from timestamptz, p_to timestamptz, p_center_zone text)
      RETURNS TABLE (coach_id uuid, time_zone text, local_date date, starts_at timestamptz, ends_at timestamptz)
      LANGUAGE sql STABLE AS $$
        WITH coaches AS (
          SELECT u."id", u."time_zone"::text AS tz FROM "users" u
          WHERE EXISTS (SELECT 1 FROM "weekly_hours" w WHERE w."coach_id" = u."id")
             OR EXISTS (SELECT 1 FROM "availability_overrides" o WHERE o."coach_id" = u."id" AND o."kind" = 'EXTRA')
        ), days AS (
          SELECT c."id" AS coach_id, c.tz, d::date AS day
          FROM coaches c, generate_series((p_from AT TIME ZONE c.tz)::date, (p_to AT TIME ZONE c.tz)::date, interval '1 day') d
        ), ranges AS (
          SELECT d.coach_id, d.tz, d.day, w."start_minute" AS s, w."end_minute" AS e
          FROM days d JOIN "weekly_hours" w ON w."coach_id" = d.coach_id AND w."weekday" = extract(isodow FROM d.day)
          UNION ALL
          SELECT d.coach_id, d.tz, d.day, o."start_minute", o."end_minute"
          FROM days d JOIN "availability_overrides" o ON o."coach_id" = d.coach_id AND o."date" = d.day AND o."kind" = 'EXTRA'
        ), instants AS (
          SELECT r.coach_id, r.tz, r.day,
                 (r.day + r.s * interval '1 minute') AT TIME ZONE r.tz AS s,
                 (r.day + r.e * interval '1 minute') AT TIME ZONE r.tz AS e
          FROM ranges r
          WHERE NOT EXISTS (SELECT 1 FROM "availability_overrides" x WHERE x."coach_id" = r.coach_id AND x."date" = r.day AND x."kind" = 'DAY_OFF')
        ), open AS (
          SELECT i.coach_id, i.tz, i.day, range_agg(tstzrange(i.s, i.e)) AS hours
          FROM instants i WHERE i.s < i.e GROUP BY i.coach_id, i.tz, i.day
        ), closed AS (
          SELECT coalesce(range_agg(tstzrange(c."start_date"::timestamp AT TIME ZONE p_center_zone, (c."end_date" + 1)::timestamp AT TIME ZONE p_center_zone)), '{}'::tstzmultirange) AS hours
          FROM "closures" c
          WHERE c."start_date" <= c."end_date" AND c."end_date" >= (p_from AT TIME ZONE p_center_zone)::date - 1 AND c."start_date" <= (p_to AT TIME ZONE p_center_zone)::date + 1
        )
        SELECT o.coach_id, o.tz, o.day, lower(piece), upper(piece)
        FROM open o CROSS JOIN closed c
        CROSS JOIN LATERAL unnest((o.hours - c.hours) * tstzmultirange(tstzrange(p_from, p_to))) AS piece
      $$`);

    // workshops
    await queryRunner.query(`CREATE VIEW "workshops_report_workshops" AS
      SELECT w."id" AS workshop_id, w."series_id", s."title" AS series_title, w."title", w."topics"::text[] AS topics, w."facilitator_ids",
             w."starts_at", w."ends_at", w."capacity", w."seats_taken", w."status"::text AS status
      FROM "workshops" w LEFT JOIN "workshop_series" s ON s."id" = w."series_id"`);
    await queryRunner.query(`CREATE VIEW "workshops_report_registrations" AS
      SELECT r."id" AS registration_id, r."workshop_id", r."student_id", r."status"::text AS status,
             r."promoted_at", r."cancelled_at", r."checked_in_at", r."created_at" AS registered_at
      FROM "workshop_registrations" r`);

    // coaching: shared evaluations only (a draft is not feedback yet)
    await queryRunner.query(`CREATE VIEW "coaching_report_scores" AS
      SELECT e."id" AS evaluation_id, e."booking_id", e."student_id", e."coach_id", e."session_type_id", e."session_at",
             v."rubric_id", c."key" AS criterion_key, c."name" AS criterion_name, c."position", s."score"::float8 AS score
      FROM "evaluations" e
      JOIN "rubric_versions" v ON v."id" = e."rubric_version_id"
      JOIN "evaluation_scores" s ON s."evaluation_id" = e."id"
      JOIN "rubric_criteria" c ON c."id" = s."criterion_id"
      WHERE e."status" = 'SHARED'`);
    await queryRunner.query(`CREATE VIEW "coaching_report_self_gap" AS
      SELECT e."id" AS evaluation_id, e."student_id", e."coach_id", e."session_type_id", e."session_at", c."key" AS criterion_key,
             c."name" AS criterion_name, (x->>'score')::float8 AS self_score, s."score"::float8 AS coach_score
      FROM "self_assessments" a
      JOIN "evaluations" e ON e."booking_id" = a."booking_id" AND e."status" = 'SHARED'
      CROSS JOIN LATERAL jsonb_array_elements(a."scores") x
      JOIN "rubric_criteria" c ON c."id" = (x->>'criterionId')::uuid
      JOIN "evaluation_scores" s ON s."evaluation_id" = e."id" AND s."criterion_id" = c."id"`);
    await queryRunner.query(`CREATE VIEW "coaching_report_plan_items" AS
      SELECT i."id" AS item_id, p."student_id", p."coach_id", i."due_on", i."status"::text AS status, i."done_at"
      FROM "plan_items" i JOIN "improvement_plans" p ON p."id" = i."plan_id"`);
    await queryRunner.query(`CREATE INDEX "evaluations_session_at" ON "evaluations" ("session_at")`);
    await queryRunner.query(`CREATE INDEX "bookings_starts_at" ON "bookings" ("starts_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "bookings_starts_at"`);
    await queryRunner.query(`DROP INDEX "evaluations_session_at"`);
    for (const view of [
      'coaching_report_plan_items',
      'coaching_report_self_gap',
      'coaching_report_scores',
      'workshops_report_registrations',
      'workshops_report_workshops',
      'scheduling_report_blocked_students',
      'scheduling_report_bookings',
      'identity_report_students',
      'identity_report_users',
    ]) {
      await queryRunner.query(`DROP VIEW "${view}"`);
    }
    await queryRunner.query(`DROP FUNCTION "scheduling_report_open_time"(timestamptz, timestamptz, text)`);
  }
}
