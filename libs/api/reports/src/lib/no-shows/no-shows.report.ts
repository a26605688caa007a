import { ReportSql, ReportScope } from '../report-sql';
import { ratio } from '../capacity/capacity.report';
import type { NoShowRowModel } from './no-shows.model';

/**
 * No-shows among past sessions (held or missed; an excused no-show still counts as one) and
 * late cancellations, by session type, coach and class year, with the total, in one GROUPING SETS pass.
 */
export function noShowsSql(scope: ReportScope): { sql: string; params: unknown[] } {
  const q = new ReportSql(scope);
  const sql = `
    SELECT CASE WHEN grouping(b.session_type_id) = 0 THEN 'SESSION_TYPE' WHEN grouping(b.coach_id) = 0 THEN 'COACH'
                WHEN grouping(s.class_year) = 0 THEN 'CLASS_YEAR' ELSE 'TOTAL' END AS dimension,
           coalesce(b.session_type_id::text, b.coach_id::text, s.class_year::text, CASE WHEN grouping(s.class_year) = 0 THEN 'unknown' ELSE 'all' END) AS key,
           CASE WHEN grouping(b.session_type_id) = 0 THEN min(b.session_type_name) WHEN grouping(b.coach_id) = 0 THEN min(u.name) ELSE s.class_year::text END AS label,
           count(*) FILTER (WHERE b.status IN ('COMPLETED', 'NO_SHOW'))::int AS sessions,
           count(*) FILTER (WHERE b.status = 'NO_SHOW')::int AS "noShows",
           count(*) FILTER (WHERE b.late_cancellation)::int AS "lateCancellations"
    FROM scheduling_report_bookings b
    JOIN identity_report_users u ON u.user_id = b.coach_id
    LEFT JOIN identity_report_students s ON s.user_id = b.student_id
    WHERE b.starts_at >= $1 AND b.starts_at < $2 AND b.status IN ('COMPLETED', 'NO_SHOW', 'CANCELLED')
      AND ${q.sessions('b')} AND ${q.students('s')} AND ${q.studentKind('b.student_id')}
    GROUP BY GROUPING SETS ((b.session_type_id), (b.coach_id), (s.class_year), ())
    ORDER BY 1, 3`;
  return { sql, params: q.params };
}

/** Students blocked now by their no-shows; a coach counts those among the students of the period's sessions. */
export function blockedNowSql(scope: ReportScope): { sql: string; params: unknown[] } {
  const q = new ReportSql(scope);
  const sql = `
    SELECT count(*)::int AS blocked FROM scheduling_report_blocked_students k
    WHERE EXISTS (SELECT 1 FROM scheduling_report_bookings b WHERE b.student_id = k.student_id AND b.starts_at >= $1 AND b.starts_at < $2 AND ${q.sessions('b')})
       OR ${'all' in scope.sessionRule && !scope.coachIds?.length && !scope.sessionTypeIds?.length ? 'TRUE' : 'FALSE'}`;
  return { sql, params: q.params };
}

export function withRates(rows: Omit<NoShowRowModel, 'rate'>[]): NoShowRowModel[] {
  return rows.map((r) => ({ ...r, label: r.label ?? (r.dimension === 'TOTAL' ? 'All sessions' : 'Unknown'), rate: ratio(r.noShows, r.sessions) }));
}

export function emptyNoShowTotal(): NoShowRowModel {
  return { dimension: 'TOTAL', key: 'all', label: 'All sessions', sessions: 0, noShows: 0, rate: null, lateCancellations: 0 };
}
