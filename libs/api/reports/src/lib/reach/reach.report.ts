import { ReportSql, ReportScope } from '../report-sql';

/**
 * Students served (a held session in the period), grouped by major, class year, new vs returning
 * and sessions-per-student bucket in one GROUPING SETS pass; the student body from identity's view.
 */
export function reachSql(scope: ReportScope): { sql: string; params: unknown[] } {
  const q = new ReportSql(scope);
  const sql = `
    WITH served AS (
      SELECT b.student_id, count(*)::int AS sessions
      FROM scheduling_report_bookings b
      WHERE b.starts_at >= $1 AND b.starts_at < $2 AND b.status = 'COMPLETED' AND ${q.sessions('b')}
      GROUP BY b.student_id
    ), kinds AS (
      SELECT v.student_id, v.sessions, coalesce(s.major, 'Unknown') AS major, coalesce(s.class_year::text, 'Unknown') AS class_year,
             r.student_id IS NOT NULL AS is_returning,
             CASE WHEN v.sessions >= 5 THEN '5+' ELSE v.sessions::text END AS bucket
      FROM served v LEFT JOIN identity_report_students s ON s.user_id = v.student_id
      -- One index probe (student, start) per student served: did they have a held session before?
      LEFT JOIN LATERAL (
        SELECT p.student_id FROM scheduling_report_bookings p WHERE p.student_id = v.student_id AND p.starts_at < $1 AND p.status = 'COMPLETED' LIMIT 1
      ) r ON true
      WHERE ${q.students('s')}
    ), chosen AS (
      SELECT * FROM kinds k WHERE ${scope.studentKind === 'ALL' ? 'TRUE' : scope.studentKind === 'RETURNING' ? 'k.is_returning' : 'NOT k.is_returning'}
    )
    SELECT CASE WHEN grouping(major) = 0 THEN 'MAJOR' WHEN grouping(class_year) = 0 THEN 'CLASS_YEAR' WHEN grouping(is_returning) = 0 THEN 'KIND'
                WHEN grouping(bucket) = 0 THEN 'BUCKET' ELSE 'TOTAL' END AS dimension,
           coalesce(major, class_year, CASE WHEN is_returning THEN 'returning' WHEN NOT is_returning THEN 'new' END, bucket, 'all') AS label,
           count(*)::int AS students, coalesce(sum(sessions), 0)::int AS sessions
    FROM chosen
    GROUP BY GROUPING SETS ((major), (class_year), (is_returning), (bucket), ())
    ORDER BY 1, 2`;
  return { sql, params: q.params };
}

export function studentBodySql(scope: ReportScope): { sql: string; params: unknown[] } {
  const q = new ReportSql(scope, { period: false });
  return { sql: `SELECT count(*)::int AS body FROM identity_report_students s WHERE s.status = 'ACTIVE' AND ${q.students('s')}`, params: q.params };
}
