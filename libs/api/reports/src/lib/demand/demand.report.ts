import { ReportSql, ReportScope } from '../report-sql';

const hours = (expr: string) => `extract(epoch FROM ${expr}) / 3600`;

/** Wait-to-slot per session type and day of search: how far the first free start was (median, p90), and empty searches. */
export function waitsSql(scope: ReportScope): { sql: string; params: unknown[] } {
  const q = new ReportSql(scope);
  const sql = `
    SELECT s.session_type_id AS "sessionTypeId", min(s.session_type_name) AS "sessionTypeName",
           to_char((s.searched_at AT TIME ZONE ${q.zone})::date, 'YYYY-MM-DD') AS day,
           count(*)::int AS searches, count(*) FILTER (WHERE s.results = 0)::int AS empty,
           round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hours('s.first_slot_at - s.searched_at')}))::numeric, 2)::float8 AS "medianHours",
           round((percentile_cont(0.9) WITHIN GROUP (ORDER BY ${hours('s.first_slot_at - s.searched_at')}))::numeric, 2)::float8 AS "p90Hours"
    FROM scheduling_report_slot_searches s
    WHERE s.searched_at >= $1 AND s.searched_at < $2 AND ${q.sessions('s')}
    GROUP BY 1, 3 ORDER BY 3, 2`;
  return { sql, params: q.params };
}

/** Lead time of the bookings made in the period, per session type. */
export function leadTimesSql(scope: ReportScope): { sql: string; params: unknown[] } {
  const q = new ReportSql(scope);
  const sql = `
    SELECT b.session_type_id AS "sessionTypeId", min(b.session_type_name) AS "sessionTypeName", count(*)::int AS bookings,
           round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hours('b.starts_at - b.booked_at')}))::numeric, 2)::float8 AS "medianHours",
           round((percentile_cont(0.9) WITHIN GROUP (ORDER BY ${hours('b.starts_at - b.booked_at')}))::numeric, 2)::float8 AS "p90Hours"
    FROM scheduling_report_bookings b
    WHERE b.booked_at >= $1 AND b.booked_at < $2 AND ${q.sessions('b')}
    GROUP BY 1 ORDER BY 2`;
  return { sql, params: q.params };
}

/** Cancellations and reschedules made in the period, by how long before the (original) start. */
export function changesSql(scope: ReportScope): { sql: string; params: unknown[] } {
  const q = new ReportSql(scope);
  const sql = `
    SELECT c.kind, CASE WHEN c.from_starts_at - c.at < interval '24 hours' THEN 'under 24 h'
                        WHEN c.from_starts_at - c.at < interval '3 days' THEN '1–3 days'
                        WHEN c.from_starts_at - c.at < interval '7 days' THEN '3–7 days' ELSE 'over 7 days' END AS notice,
           count(*)::int AS count
    FROM scheduling_report_booking_changes c
    WHERE c.at >= $1 AND c.at < $2 AND ${q.sessions('c')}
    GROUP BY 1, 2 ORDER BY 1, min(c.from_starts_at - c.at)`;
  return { sql, params: q.params };
}
