import { ReportSql, ReportScope } from '../report-sql';

/** Student-level rows (staff only, audited): each student with a session in the period. */
export function studentsSql(scope: ReportScope): { sql: string; params: unknown[] } {
  const q = new ReportSql(scope);
  const sql = `
    SELECT u.name, u.email, s.major, s.class_year AS "classYear",
           count(*) FILTER (WHERE b.status = 'COMPLETED')::int AS held, count(*) FILTER (WHERE b.status = 'NO_SHOW')::int AS "noShows",
           count(*) FILTER (WHERE b.late_cancellation)::int AS "lateCancellations", min(b.starts_at) AS "firstSession",
           EXISTS (SELECT 1 FROM scheduling_report_bookings p WHERE p.student_id = b.student_id AND p.status = 'COMPLETED' AND p.starts_at < $1) AS returning
    FROM scheduling_report_bookings b
    JOIN identity_report_users u ON u.user_id = b.student_id
    LEFT JOIN identity_report_students s ON s.user_id = b.student_id
    WHERE b.starts_at >= $1 AND b.starts_at < $2 AND ${q.sessions('b')} AND ${q.students('s')} AND ${q.studentKind('b.student_id')}
    GROUP BY b.student_id, u.name, u.email, s.major, s.class_year
    ORDER BY u.name, u.email`;
  return { sql, params: q.params };
}
