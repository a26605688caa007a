import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, AuthUser } from '@debrief/api/core';
import { capacitySummary, capacityWeeksSql, totalsOf, unfilledSql, withUtilization } from './capacity/capacity.report';
import type { CapacityReportModel, CoachWeekCapacityModel, UnfilledHourModel } from './capacity/capacity.model';
import { changesSql, leadTimesSql, waitsSql } from './demand/demand.report';
import type { ChangesByNoticeModel, DemandReportModel, LeadTimeModel, WaitToSlotModel } from './demand/demand.model';
import { blockedNowSql, emptyNoShowTotal, noShowsSql, withRates } from './no-shows/no-shows.report';
import type { NoShowReportModel, NoShowRowModel } from './no-shows/no-shows.model';
import { changeSql, changeStats, criteriaSql, planItemsSql, selfGapSql } from './outcomes/outcomes.report';
import type { CriterionMonthModel, OutcomesReportModel, PlanItemsDueModel, SelfGapModel } from './outcomes/outcomes.model';
import { reachSql, studentBodySql } from './reach/reach.report';
import type { ReachReportModel } from './reach/reach.model';
import { currentTerm, Period, periodOf, previousPeriod } from './report-period';
import type { ReportScope } from './report-sql';
import { ReportsAccess } from './reports.access';
import { ReportsDatabase } from './reports-database';
import { ReportInput, StudentKind } from './reports.inputs';
import { emptyWorkshopTotal, withWorkshopRates, workshopsSql } from './workshops/workshops.report';
import type { WorkshopReportRowModel, WorkshopsReportModel } from './workshops/workshops-report.model';

type Statement = { sql: string; params: unknown[] };

/** The center's reports: each one a few set-based statements over the domains' reporting views. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly db: ReportsDatabase,
    private readonly access: ReportsAccess,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The viewer's scope for a request: the period (default this term), their access rules, the filters. */
  scope(actor: AuthUser, input: ReportInput = {}, now = new Date()): ReportScope {
    const zone = this.config.center.timeZone;
    const term = currentTerm(now, zone);
    const period = periodOf(input.from ?? term.firstDay, input.to ?? term.lastDay, zone);
    return {
      period,
      centerTimeZone: zone,
      sessionRule: this.access.sessionRule(actor),
      workshopRule: this.access.workshopRule(actor),
      coachIds: input.coachIds,
      sessionTypeIds: input.sessionTypeIds,
      majors: input.majors,
      classYears: input.classYears,
      topic: input.topic,
      studentKind: input.studentKind ?? StudentKind.All,
    };
  }

  previous(scope: ReportScope): ReportScope {
    return { ...scope, period: previousPeriod(scope.period, scope.centerTimeZone) };
  }

  async capacity(scope: ReportScope): Promise<CapacityReportModel> {
    const [weeks, previousWeeks, unfilled] = await Promise.all([
      this.run<Omit<CoachWeekCapacityModel, 'utilization'>>(capacityWeeksSql(scope)),
      this.run<Omit<CoachWeekCapacityModel, 'utilization'>>(capacityWeeksSql(this.previous(scope))),
      this.run<UnfilledHourModel>(unfilledSql(scope)),
    ]);
    const rows = withUtilization(weeks);
    const report = {
      period: scope.period,
      weeks: rows,
      totals: totalsOf(rows),
      previous: totalsOf(previousWeeks),
      unfilled: unfilled.map((c) => ({ ...c, hours: Math.round(c.hours * 100) / 100 })),
    };
    return { ...report, summary: capacitySummary(report) };
  }

  async noShows(scope: ReportScope): Promise<NoShowReportModel> {
    const [rows, previousRows, blocked] = await Promise.all([
      this.run<Omit<NoShowRowModel, 'rate'>>(noShowsSql(scope)),
      this.run<Omit<NoShowRowModel, 'rate'>>(noShowsSql(this.previous(scope))),
      this.run<{ blocked: number }>(blockedNowSql(scope)),
    ]);
    const all = withRates(rows);
    const totals = all.find((r) => r.dimension === 'TOTAL') ?? emptyNoShowTotal();
    const previous = withRates(previousRows).find((r) => r.dimension === 'TOTAL') ?? emptyNoShowTotal();
    const pct = (v: number | null) => (v === null ? 'no past sessions' : `${Math.round(v * 1000) / 10}%`);
    return {
      period: scope.period,
      totals,
      previous,
      rows: all.filter((r) => r.dimension !== 'TOTAL'),
      blockedNow: blocked[0]?.blocked ?? 0,
      summary: `${totals.noShows} no-shows in ${totals.sessions} past sessions (${pct(totals.rate)}; previous period ${pct(previous.rate)}), ${totals.lateCancellations} late cancellations; ${blocked[0]?.blocked ?? 0} students blocked now.`,
    };
  }

  async reach(scope: ReportScope): Promise<ReachReportModel> {
    type Row = { dimension: string; label: string; students: number; sessions: number };
    const [rows, previousRows, body] = await Promise.all([
      this.run<Row>(reachSql(scope)),
      this.run<Row>(reachSql(this.previous(scope))),
      this.run<{ body: number }>(studentBodySql(scope)),
    ]);
    const of = (d: string) => rows.filter((r) => r.dimension === d).map(({ label, students, sessions }) => ({ label, students, sessions }));
    const total = rows.find((r) => r.dimension === 'TOTAL') ?? { students: 0, sessions: 0 };
    const kind = (label: string) => rows.find((r) => r.dimension === 'KIND' && r.label === label)?.students ?? 0;
    const studentBody = body[0]?.body ?? 0;
    const previousUniqueStudents = previousRows.find((r) => r.dimension === 'TOTAL')?.students ?? 0;
    const share = studentBody > 0 ? Math.round((total.students / studentBody) * 10000) / 10000 : null;
    const perStudent = total.students > 0 ? Math.round((total.sessions / total.students) * 100) / 100 : null;
    return {
      period: scope.period,
      uniqueStudents: total.students,
      previousUniqueStudents,
      newStudents: kind('new'),
      returningStudents: kind('returning'),
      sessions: total.sessions,
      sessionsPerStudent: perStudent,
      studentBody,
      shareReached: share,
      byMajor: of('MAJOR'),
      byClassYear: of('CLASS_YEAR'),
      sessionsPerStudentHistogram: ['1', '2', '3', '4', '5+'].map((label) => ({ label, count: of('BUCKET').find((b) => b.label === label)?.students ?? 0 })),
      summary:
        `${total.students} students served (previous period ${previousUniqueStudents}), ${kind('new')} new and ${kind('returning')} returning, ` +
        `${total.sessions} sessions held${share === null ? '' : `; ${Math.round(share * 1000) / 10}% of ${studentBody} students reached`}.`,
    };
  }

  async workshops(scope: ReportScope): Promise<WorkshopsReportModel> {
    type Row = Omit<WorkshopReportRowModel, 'fillRate' | 'attendanceRate' | 'noShowRate'>;
    const [rows, previousRows] = await Promise.all([this.run<Row>(workshopsSql(scope)), this.run<Row>(workshopsSql(this.previous(scope)))]);
    const all = withWorkshopRates(rows);
    const totals = all.find((r) => r.dimension === 'TOTAL') ?? emptyWorkshopTotal();
    const previous = withWorkshopRates(previousRows).find((r) => r.dimension === 'TOTAL') ?? emptyWorkshopTotal();
    const pct = (v: number | null) => (v === null ? 'n/a' : `${Math.round(v * 1000) / 10}%`);
    return {
      period: scope.period,
      totals,
      previous,
      workshops: all.filter((r) => r.dimension === 'WORKSHOP'),
      series: all.filter((r) => r.dimension === 'SERIES'),
      summary:
        `${totals.workshops} workshops, ${pct(totals.fillRate)} of seats filled (previous period ${pct(previous.fillRate)}), ${totals.waitlisted} still waitlisted, ` +
        `${totals.promotions} promoted from the waitlist, attendance ${pct(totals.attendanceRate)}, no-shows ${pct(totals.noShowRate)}.`,
    };
  }

  async outcomes(scope: ReportScope): Promise<OutcomesReportModel> {
    const [criteria, changes, previousChanges, selfGap, plan] = await Promise.all([
      this.run<CriterionMonthModel>(criteriaSql(scope)),
      this.run<{ change: number }>(changeSql(scope)),
      this.run<{ change: number }>(changeSql(this.previous(scope))),
      this.run<SelfGapModel>(selfGapSql(scope)),
      this.run<PlanItemsDueModel>(planItemsSql(scope)),
    ]);
    const change = changeStats(changes.map((c) => c.change));
    const planItems = plan[0] ?? { due: 0, done: 0, doneOnTime: 0 };
    return {
      period: scope.period,
      criteria,
      change,
      previousChange: changeStats(previousChanges.map((c) => c.change)),
      selfGap,
      planItems,
      summary:
        `${change.students} students with two or more evaluations: median change ${change.median === null ? 'n/a' : signed(change.median)} points (1–4 scale); ` +
        `${planItems.done} of ${planItems.due} plan items due were done (${planItems.doneOnTime} on time).`,
    };
  }

  async demand(scope: ReportScope): Promise<DemandReportModel> {
    const [waits, previousWaits, leadTimes, changes] = await Promise.all([
      this.run<WaitToSlotModel>(waitsSql(scope)),
      this.run<WaitToSlotModel>(waitsSql(this.previous(scope))),
      this.run<LeadTimeModel>(leadTimesSql(scope)),
      this.run<ChangesByNoticeModel>(changesSql(scope)),
    ]);
    const searches = waits.reduce((n, w) => n + w.searches, 0);
    const emptySearches = waits.reduce((n, w) => n + w.empty, 0);
    const previousSearches = previousWaits.reduce((n, w) => n + w.searches, 0);
    const cancelled = changes.filter((c) => c.kind === 'CANCELLED').reduce((n, c) => n + c.count, 0);
    return {
      period: scope.period,
      waits,
      leadTimes,
      changes,
      searches,
      emptySearches,
      previousSearches,
      summary: `${searches} slot searches (previous period ${previousSearches}), ${emptySearches} found nothing; ${cancelled} cancellations.`,
    };
  }

  private run<T>(statement: Statement): Promise<T[]> {
    return this.db.query<T>(statement.sql, statement.params);
  }
}

const signed = (v: number) => (v > 0 ? `+${v}` : String(v));

export type { Period };
