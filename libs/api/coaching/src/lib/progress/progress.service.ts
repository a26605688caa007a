import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { accessSql, APP_CONFIG, AppConfig, AuthUser, positional } from '@debrief/api/core';
import { UserDirectoryService } from '@debrief/api/identity';
import { SessionDirectoryService } from '@debrief/api/scheduling';
import { DataSource } from 'typeorm';
import { EvaluationAuditService } from '../audit/evaluation-audit.service';
import { CoachingAccess, EVALUATION_ACCESS_COLUMNS } from '../coaching.access';
import { todayIn } from '../plans/plans.service';
import { CriterionSeriesModel, ProgressModel } from './progress.model';
import { summarize } from './progress.summary';

interface ScoreRow {
  evaluation_id: string | null;
  booking_id: string;
  at: Date;
  rubric_key: string;
  rubric_name: string;
  criterion_key: string;
  criterion_name: string;
  position: number;
  score: string | number;
  kind: 'coach' | 'self';
}

@Injectable()
export class ProgressService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CoachingAccess,
    private readonly audit: EvaluationAuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionDirectoryService,
    private readonly people: UserDirectoryService,
  ) {}

  async progress(actor: AuthUser, studentId: string | null | undefined): Promise<ProgressModel> {
    const target = await this.access.studentFor(actor, studentId);
    const today = todayIn(this.config.center.timeZone);
    const scoreParams: unknown[] = [target];
    const shared = accessSql(this.access.sharedWithRule(target), 'e', EVALUATION_ACCESS_COLUMNS, positional(scoreParams));
    const [scores, items, journal, upcoming, student] = await Promise.all([
      this.db.query(
        `SELECT e.id AS evaluation_id, e.booking_id, e.session_at AS at, r.key AS rubric_key, v.name AS rubric_name,
                c.key AS criterion_key, c.name AS criterion_name, c.position, s.score, 'coach' AS kind
           FROM evaluations e
           JOIN evaluation_scores s ON s.evaluation_id = e.id
           JOIN rubric_criteria c ON c.id = s.criterion_id
           JOIN rubric_versions v ON v.id = e.rubric_version_id
           JOIN rubrics r ON r.id = v.rubric_id
          WHERE ${shared}
         UNION ALL
         SELECT NULL, a.booking_id, NULL, r.key, v.name, c.key, c.name, c.position, (x->>'score')::numeric, 'self'
           FROM self_assessments a
           JOIN rubric_versions v ON v.id = a.rubric_version_id
           JOIN rubrics r ON r.id = v.rubric_id
           CROSS JOIN LATERAL jsonb_array_elements(a.scores) x
           JOIN rubric_criteria c ON c.id = (x->>'criterionId')::uuid
          WHERE a.student_id = $1`,
        scoreParams,
      ) as Promise<ScoreRow[]>,
      this.db.query(
        `SELECT count(*)::int AS total,
                count(*) FILTER (WHERE i.status = 'DONE')::int AS done,
                count(*) FILTER (WHERE i.due_on <= $2::date)::int AS due,
                count(*) FILTER (WHERE i.due_on <= $2::date AND i.status = 'DONE')::int AS done_of_due,
                count(*) FILTER (WHERE i.due_on < $2::date AND i.status <> 'DONE')::int AS overdue
           FROM plan_items i JOIN improvement_plans p ON p.id = i.plan_id WHERE p.student_id = $1`,
        [target, today],
      ) as Promise<{ total: number; done: number; due: number; done_of_due: number; overdue: number }[]>,
      this.db.query(
        `SELECT j.practised_on::text AS on, avg((x->>'level')::numeric)::float AS average
           FROM journal_entries j CROSS JOIN LATERAL jsonb_array_elements(j.confidence) x
          WHERE j.student_id = $1 GROUP BY j.practised_on ORDER BY j.practised_on`,
        [target],
      ) as Promise<{ on: string; average: number }[]>,
      this.sessions.upcomingSessions(target, 10),
      this.people.person(target),
    ]);
    const selfReviews: { booking_id: string; on: string; done: number; total: number }[] = await this.db.query(
      `SELECT j.booking_id, j.practised_on::text AS on,
              (SELECT count(*) FROM jsonb_array_elements(j.checklist) x WHERE (x->>'done')::boolean)::int AS done,
              jsonb_array_length(j.checklist)::int AS total
         FROM journal_entries j WHERE j.student_id = $1 AND j.booking_id IS NOT NULL ORDER BY j.practised_on, j.created_at`,
      [target],
    );
    // A self-assessment is dated by its session (scheduling's), an evaluation by its own snapshot.
    const selfDated = await this.sessions.sessions(scores.filter((s) => s.kind === 'self').map((s) => s.booking_id));
    for (const row of scores) if (row.kind === 'self') row.at = selfDated.get(row.booking_id)?.startsAt ?? row.at;
    const coachName = await this.people.names(upcoming.map((u) => u.coachId));

    const evaluations = [...new Set(scores.filter((s) => s.evaluation_id).map((s) => s.evaluation_id as string))];
    await this.audit.recordReads(actor, evaluations.map((id) => ({ id, studentId: target })), 'progress');

    const seriesMap = new Map<string, CriterionSeriesModel & { position: number }>();
    for (const row of [...scores].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime())) {
      const key = `${row.rubric_key}/${row.criterion_key}`;
      let series = seriesMap.get(key);
      if (!series) {
        series = { rubricKey: row.rubric_key, rubricName: row.rubric_name, criterionKey: row.criterion_key, criterionName: row.criterion_name, points: [], position: row.position };
        seriesMap.set(key, series);
      }
      let point = series.points.find((p) => p.bookingId === row.booking_id);
      if (!point) {
        point = { at: new Date(row.at), bookingId: row.booking_id, coachScore: null, selfScore: null };
        series.points.push(point);
      }
      if (row.kind === 'coach') point.coachScore = Number(row.score);
      else point.selfScore = Number(row.score);
    }
    const series = [...seriesMap.values()]
      .sort((a, b) => a.rubricKey.localeCompare(b.rubricKey) || a.position - b.position)
      .map((s) => ({ rubricKey: s.rubricKey, rubricName: s.rubricName, criterionKey: s.criterionKey, criterionName: s.criterionName, points: s.points }));
    const it = items[0] ?? { total: 0, done: 0, due: 0, done_of_due: 0, overdue: 0 };
    const model: ProgressModel = {
      studentId: target,
      studentName: student?.name ?? '',
      series,
      items: { total: it.total, done: it.done, due: it.due, doneOfDue: it.done_of_due, overdue: it.overdue },
      confidence: journal.map((j) => ({ on: j.on, average: Math.round(j.average * 10) / 10 })),
      upcoming: upcoming.map((u) => ({ bookingId: u.id, startsAt: u.startsAt, sessionTypeName: u.sessionTypeName, coachName: coachName(u.coachId) })),
      selfReviews: selfReviews.map((r) => ({ bookingId: r.booking_id, on: r.on, done: r.done, total: r.total })),
      summary: '',
    };
    model.summary = summarize(model);
    return model;
  }
}
