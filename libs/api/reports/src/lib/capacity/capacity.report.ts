import { ReportSql, ReportScope } from '../report-sql';
import type { CapacityReportModel, CapacityTotalsModel, CoachWeekCapacityModel, UnfilledHourModel } from './capacity.model';

/**
 * Capacity and utilization, set-based: the coaches' open time comes from scheduling's
 * scheduling_report_open_time (instants per local date in each coach's zone, so a week across a
 * DST change has its real length), bookings from scheduling_report_bookings. Weeks are ISO weeks
 * of the coach's local dates. Session-type filters narrow the booked side only (hours are not per type).
 */
export function capacityWeeksSql(scope: ReportScope): { sql: string; params: unknown[] } {
  const q = new ReportSql(scope);
  const sql = `
    WITH open AS (
      SELECT o.coach_id, date_trunc('week', o.local_date)::date AS week, sum(extract(epoch FROM o.ends_at - o.starts_at)) / 3600 AS hours
      FROM scheduling_report_open_time($1, $2, ${q.zone}) o
      WHERE ${q.sessions('o', { sessionTypes: false })}
      GROUP BY 1, 2
    ), booked AS (
      SELECT b.coach_id, date_trunc('week', b.starts_at AT TIME ZONE u.time_zone)::date AS week,
             sum(extract(epoch FROM b.ends_at - b.starts_at)) / 3600 AS booked,
             coalesce(sum(extract(epoch FROM b.ends_at - b.starts_at)) FILTER (WHERE b.status = 'COMPLETED'), 0) / 3600 AS held
      FROM scheduling_report_bookings b JOIN identity_report_users u ON u.user_id = b.coach_id
      WHERE b.starts_at >= $1 AND b.starts_at < $2 AND b.status <> 'CANCELLED' AND ${q.sessions('b')}
      GROUP BY 1, 2
    )
    SELECT coalesce(o.coach_id, b.coach_id) AS "coachId", u.name AS "coachName", to_char(coalesce(o.week, b.week), 'YYYY-MM-DD') AS "weekStart",
           coalesce(o.hours, 0)::float8 AS "offeredHours", coalesce(b.booked, 0)::float8 AS "bookedHours", coalesce(b.held, 0)::float8 AS "heldHours"
    FROM open o FULL JOIN booked b ON b.coach_id = o.coach_id AND b.week = o.week
    JOIN identity_report_users u ON u.user_id = coalesce(o.coach_id, b.coach_id)
    ORDER BY u.name, 2, 3`;
  return { sql, params: q.params };
}

/** Offered time nobody booked (sessions and their buffers count as taken), in local weekday × hour cells. */
export function unfilledSql(scope: ReportScope): { sql: string; params: unknown[] } {
  const q = new ReportSql(scope);
  const sql = `
    WITH open AS (
      -- One multirange per coach, so that the busy time is subtracted once per coach, not per piece.
      SELECT o.coach_id, o.time_zone, range_agg(tstzrange(o.starts_at, o.ends_at)) AS r
      FROM scheduling_report_open_time($1, $2, ${q.zone}) o
      WHERE ${q.sessions('o', { sessionTypes: false })}
      GROUP BY o.coach_id, o.time_zone
    ), busy AS (
      SELECT b.coach_id, range_agg(tstzrange(b.starts_at, b.ends_at)) AS r
      FROM scheduling_report_bookings b
      -- Sessions last at most 240 minutes: the lower bound keeps this on the starts_at index.
      WHERE b.starts_at < $2 AND b.starts_at > $1::timestamptz - interval '1 day' AND b.ends_at > $1 AND b.status <> 'CANCELLED' AND ${q.sessions('b', { sessionTypes: false })}
      GROUP BY b.coach_id
    ), free AS (
      SELECT o.time_zone, piece
      FROM open o LEFT JOIN busy b ON b.coach_id = o.coach_id
      CROSS JOIN LATERAL unnest(o.r - coalesce(b.r, '{}'::tstzmultirange)) AS piece
    ), cells AS (
      SELECT f.time_zone, h, greatest(lower(f.piece), h) AS s, least(upper(f.piece), h + interval '1 hour') AS e
      FROM free f
      CROSS JOIN LATERAL generate_series(date_trunc('hour', lower(f.piece), f.time_zone), upper(f.piece) - interval '1 microsecond', interval '1 hour') AS h
    )
    SELECT extract(isodow FROM h AT TIME ZONE time_zone)::int AS weekday, extract(hour FROM h AT TIME ZONE time_zone)::int AS hour,
           (sum(extract(epoch FROM e - s)) / 3600)::float8 AS hours
    FROM cells WHERE e > s
    GROUP BY 1, 2 ORDER BY 1, 2`;
  return { sql, params: q.params };
}

export function totalsOf(weeks: Pick<CoachWeekCapacityModel, 'offeredHours' | 'bookedHours' | 'heldHours'>[]): CapacityTotalsModel {
  const offeredHours = round(weeks.reduce((s, w) => s + w.offeredHours, 0));
  const bookedHours = round(weeks.reduce((s, w) => s + w.bookedHours, 0));
  const heldHours = round(weeks.reduce((s, w) => s + w.heldHours, 0));
  return { offeredHours, bookedHours, heldHours, utilization: ratio(bookedHours, offeredHours) };
}

export function withUtilization(rows: Omit<CoachWeekCapacityModel, 'utilization'>[]): CoachWeekCapacityModel[] {
  return rows.map((r) => ({
    ...r,
    offeredHours: round(r.offeredHours),
    bookedHours: round(r.bookedHours),
    heldHours: round(r.heldHours),
    utilization: ratio(r.bookedHours, r.offeredHours),
  }));
}

export function capacitySummary(report: Pick<CapacityReportModel, 'totals' | 'previous' | 'unfilled'>): string {
  const t = report.totals;
  const pct = (v: number | null) => (v === null ? 'no hours offered' : `${Math.round(v * 1000) / 10}%`);
  const top = [...report.unfilled].sort((a, b) => b.hours - a.hours)[0] as UnfilledHourModel | undefined;
  const days = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  return (
    `${t.offeredHours} hours offered, ${t.bookedHours} booked and ${t.heldHours} held: utilization ${pct(t.utilization)} ` +
    `(previous period ${pct(report.previous.utilization)}).` +
    (top ? ` Most unfilled: ${days[top.weekday]} ${String(top.hour).padStart(2, '0')}:00 (${top.hours} hours).` : '')
  );
}

export const round = (v: number, places = 2) => Math.round(v * 10 ** places) / 10 ** places;
export const ratio = (n: number, d: number) => (d > 0 ? round(n / d, 4) : null);
