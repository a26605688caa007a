import { ReportSql, ReportScope } from '../report-sql';

/** Student-level rows (staff only, audited): each student with a session in the period. */
export function studentsSql(scope: ReportScope): { sql: string; params: unknown[] } {
  const q = new ReportSql(scope);
  const sql = `
    WITH per AS (
      SELECT b.student_id,
             count(*) FILTER (WHERE b.status = 'COMPLETED')::int AS held, count(*) FILTER (WHERE b.status = 'NO_SHOW')::int AS no_shows,
             count(*) FILTER (WHERE b.late_cancellation)::int AS late, min(b.starts_at) AS first_session
      FROM scheduling_report_bookings b
      LEFT JOIN identity_report_students s ON s.user_id = b.student_id
      WHERE b.starts_at >= $1 AND b.starts_at < $2 AND ${q.sessions('b')} AND ${q.students('s')} AND ${q.studentKind('b.student_id')}
      GROUP BY b.student_id
    )
    SELECT u.name, u.email, s.major, s.class_year AS "classYear", per.held, per.no_shows AS "noShows", per.late AS "lateCancellations",
           per.first_session AS "firstSession", r.student_id IS NOT NULL AS returning
    FROM per
    JOIN identity_report_users u ON u.user_id = per.student_id
    LEFT JOIN identity_report_students s ON s.user_id = per.student_id
    -- One index probe (student, start) per student: a held session before the period?
    LEFT JOIN LATERAL (
      SELECT p.student_id FROM scheduling_report_bookings p WHERE p.student_id = per.student_id AND p.starts_at < $1 AND p.status = 'COMPLETED' LIMIT 1
    ) r ON true
    ORDER BY u.name, u.email`;
  return { sql, params: q.params };
}
