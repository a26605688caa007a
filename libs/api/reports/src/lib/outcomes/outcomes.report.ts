import { ReportSql, ReportScope } from '../report-sql';

/** Shared evaluations in the period the viewer may count, of the chosen students (a CTE body over coaching_report_scores). */
function scoresIn(q: ReportSql): string {
  return `
    SELECT c.* FROM coaching_report_scores c LEFT JOIN identity_report_students s ON s.user_id = c.student_id
    WHERE c.session_at >= $1 AND c.session_at < $2 AND ${q.sessions('c')} AND ${q.students('s')} AND ${q.studentKind('c.student_id')}`;
}

/** Mean coach score per criterion and month (months in the center's zone). */
export function criteriaSql(scope: ReportScope): { sql: string; params: unknown[] } {
  const q = new ReportSql(scope);
  const sql = `
    WITH sc AS (${scoresIn(q)})
    SELECT criterion_key AS "criterionKey", min(criterion_name) AS "criterionName",
           to_char(date_trunc('month', session_at AT TIME ZONE ${q.zone}), 'YYYY-MM-DD') AS month,
           round(avg(score)::numeric, 2)::float8 AS average, count(*)::int AS scores
    FROM sc GROUP BY criterion_key, 3 ORDER BY 3, min(position), 1`;
  return { sql, params: q.params };
}

/**
 * Per student and rubric, the change of the mean score from their first to their latest shared
 * evaluation in the period (two at least); answered as one row per student.
 */
export function changeSql(scope: ReportScope): { sql: string; params: unknown[] } {
  const q = new ReportSql(scope);
  const sql = `
    WITH sc AS (${scoresIn(q)}),
    evals AS (
      SELECT student_id, rubric_id, evaluation_id, min(session_at) AS at, avg(score) AS mean FROM sc GROUP BY 1, 2, 3
    ), ranked AS (
      SELECT e.*, row_number() OVER (PARTITION BY student_id, rubric_id ORDER BY at, evaluation_id) AS first_no,
             row_number() OVER (PARTITION BY student_id, rubric_id ORDER BY at DESC, evaluation_id DESC) AS last_no
      FROM evals e
    ), changes AS (
      SELECT student_id, rubric_id, max(mean) FILTER (WHERE last_no = 1) - max(mean) FILTER (WHERE first_no = 1) AS change
      FROM ranked GROUP BY 1, 2 HAVING count(*) >= 2
    )
    SELECT round(change::numeric, 4)::float8 AS change FROM changes ORDER BY 1`;
  return { sql, params: q.params };
}

export function selfGapSql(scope: ReportScope): { sql: string; params: unknown[] } {
  const q = new ReportSql(scope);
  const sql = `
    SELECT g.criterion_key AS "criterionKey", min(g.criterion_name) AS "criterionName",
           round(avg(g.self_score)::numeric, 2)::float8 AS "selfAverage", round(avg(g.coach_score)::numeric, 2)::float8 AS "coachAverage",
           round(avg(g.self_score - g.coach_score)::numeric, 2)::float8 AS gap, count(*)::int AS pairs
    FROM coaching_report_self_gap g LEFT JOIN identity_report_students s ON s.user_id = g.student_id
    WHERE g.session_at >= $1 AND g.session_at < $2 AND ${q.sessions('g')} AND ${q.students('s')} AND ${q.studentKind('g.student_id')}
    GROUP BY g.criterion_key ORDER BY 1`;
  return { sql, params: q.params };
}

/** Plan items due in the period (dates in the center's zone): how many were done, and done by their date. */
export function planItemsSql(scope: ReportScope): { sql: string; params: unknown[] } {
  const q = new ReportSql(scope);
  const sql = `
    SELECT count(*)::int AS due, count(*) FILTER (WHERE i.status = 'DONE')::int AS done,
           count(*) FILTER (WHERE i.status = 'DONE' AND i.done_at < ((i.due_on + 1)::timestamp AT TIME ZONE ${q.zone}))::int AS "doneOnTime"
    FROM coaching_report_plan_items i LEFT JOIN identity_report_students s ON s.user_id = i.student_id
    WHERE i.due_on >= ($1 AT TIME ZONE ${q.zone})::date AND i.due_on < ($2 AT TIME ZONE ${q.zone})::date
      AND ${q.sessions('i', { sessionTypes: false })} AND ${q.students('s')} AND ${q.studentKind('i.student_id')}`;
  return { sql, params: q.params };
}

/** Median and half-point distribution of sorted changes. */
export function changeStats(sorted: number[]): { students: number; median: number | null; distribution: { from: number; students: number }[] } {
  const n = sorted.length;
  const median = n === 0 ? null : n % 2 ? sorted[(n - 1) / 2] : Math.round(((sorted[n / 2 - 1] + sorted[n / 2]) / 2) * 10000) / 10000;
  const buckets = new Map<number, number>();
  for (const c of sorted) {
    const from = Math.floor(c * 2 + 1e-9) / 2;
    buckets.set(from, (buckets.get(from) ?? 0) + 1);
  }
  const distribution = [...buckets.entries()].sort((a, b) => a[0] - b[0]).map(([from, students]) => ({ from, students }));
  return { students: n, median, distribution };
}
