import { ratio } from '../capacity/capacity.report';
import { ReportSql, ReportScope } from '../report-sql';
import type { WorkshopReportRowModel } from './workshops-report.model';

/** Published workshops starting in the period, per workshop, per series and in total (one GROUPING SETS pass). */
export function workshopsSql(scope: ReportScope): { sql: string; params: unknown[] } {
  const q = new ReportSql(scope);
  const sql = `
    WITH per AS (
      SELECT w.workshop_id, w.title, w.series_id, w.series_title, w.starts_at, w.capacity,
             count(r.registration_id) FILTER (WHERE r.status IN ('REGISTERED', 'ATTENDED', 'NO_SHOW'))::int AS seated,
             count(r.registration_id) FILTER (WHERE r.status = 'WAITLISTED')::int AS waitlisted,
             count(r.registration_id) FILTER (WHERE r.promoted_at IS NOT NULL)::int AS promotions,
             count(r.registration_id) FILTER (WHERE r.status = 'ATTENDED')::int AS attended,
             count(r.registration_id) FILTER (WHERE r.status = 'NO_SHOW')::int AS no_shows
      FROM workshops_report_workshops w
      LEFT JOIN workshops_report_registrations r ON r.workshop_id = w.workshop_id
      WHERE w.status = 'PUBLISHED' AND w.starts_at >= $1 AND w.starts_at < $2 AND ${q.workshops('w')}
      GROUP BY w.workshop_id, w.title, w.series_id, w.series_title, w.starts_at, w.capacity
    )
    SELECT CASE WHEN grouping(workshop_id) = 0 THEN 'WORKSHOP' WHEN grouping(series_id) = 0 THEN 'SERIES' ELSE 'TOTAL' END AS dimension,
           coalesce(workshop_id, series_id)::text AS id,
           CASE WHEN grouping(workshop_id) = 0 THEN min(title) WHEN grouping(series_id) = 0 THEN min(series_title) ELSE 'All workshops' END AS title,
           min(starts_at) AS "startsAt", count(*)::int AS workshops, coalesce(sum(capacity), 0)::int AS capacity, coalesce(sum(seated), 0)::int AS seated,
           coalesce(sum(waitlisted), 0)::int AS waitlisted, coalesce(sum(promotions), 0)::int AS promotions, coalesce(sum(attended), 0)::int AS attended, coalesce(sum(no_shows), 0)::int AS "noShows"
    FROM per
    GROUP BY GROUPING SETS ((workshop_id), (series_id), ())
    HAVING grouping(series_id) = 1 OR series_id IS NOT NULL
    ORDER BY 1 DESC, 4, 3`;
  return { sql, params: q.params };
}

export function withWorkshopRates(rows: Omit<WorkshopReportRowModel, 'fillRate' | 'attendanceRate' | 'noShowRate'>[]): WorkshopReportRowModel[] {
  return rows.map((r) => ({
    ...r,
    capacity: r.capacity ?? 0,
    fillRate: ratio(r.seated, r.capacity ?? 0),
    attendanceRate: ratio(r.attended, r.attended + r.noShows),
    noShowRate: ratio(r.noShows, r.attended + r.noShows),
  }));
}

export function emptyWorkshopTotal(): WorkshopReportRowModel {
  return { dimension: 'TOTAL', id: null, title: 'All workshops', startsAt: null, workshops: 0, capacity: 0, seated: 0, waitlisted: 0, promotions: 0, attended: 0, noShows: 0, fillRate: null, attendanceRate: null, noShowRate: null };
}
