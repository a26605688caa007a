import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, RequirePermission } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';
import { CapacityReportModel } from './capacity/capacity.model';
import { DemandReportModel } from './demand/demand.model';
import { NoShowReportModel } from './no-shows/no-shows.model';
import { OutcomesReportModel } from './outcomes/outcomes.model';
import { ReachReportModel } from './reach/reach.model';
import { ReportFileModel, ReportKindEnum } from './exports/report-exports.model';
import { ReportExportsService, ReportKind } from './exports/report-exports.service';
import { ReportInput } from './reports.inputs';
import { ReportsService } from './reports.service';
import { WorkshopsReportModel } from './workshops/workshops-report.model';

/** The reporting area: staff see the whole center, a coach their own sessions and workshops (reports.access). */
@Resolver()
export class ReportsResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly exports: ReportExportsService,
  ) {}

  @Query(() => CapacityReportModel, { description: 'Hours offered, booked and held per coach and week; unfilled hours by weekday and hour' })
  @RequirePermission(Permission.ReportsRead)
  capacityReport(@CurrentUser() actor: AuthUser, @Args('input', { nullable: true }) input?: ReportInput): Promise<CapacityReportModel> {
    return this.reports.capacity(this.reports.scope(actor, input));
  }

  @Query(() => DemandReportModel, { description: 'Wait to the first free slot, empty searches, booking lead time, changes by notice' })
  @RequirePermission(Permission.ReportsRead)
  demandReport(@CurrentUser() actor: AuthUser, @Args('input', { nullable: true }) input?: ReportInput): Promise<DemandReportModel> {
    return this.reports.demand(this.reports.scope(actor, input));
  }

  @Query(() => NoShowReportModel, { description: 'No-shows and late cancellations by session type, coach and class year' })
  @RequirePermission(Permission.ReportsRead)
  noShowReport(@CurrentUser() actor: AuthUser, @Args('input', { nullable: true }) input?: ReportInput): Promise<NoShowReportModel> {
    return this.reports.noShows(this.reports.scope(actor, input));
  }

  @Query(() => ReachReportModel, { description: 'Unique students served by major and class year, new vs returning, share of the student body' })
  @RequirePermission(Permission.ReportsRead)
  reachReport(@CurrentUser() actor: AuthUser, @Args('input', { nullable: true }) input?: ReportInput): Promise<ReachReportModel> {
    return this.reports.reach(this.reports.scope(actor, input));
  }

  @Query(() => WorkshopsReportModel, { description: 'Fill rate, waitlist, promotions, attendance and no-shows per workshop and series' })
  @RequirePermission(Permission.ReportsRead)
  workshopsReport(@CurrentUser() actor: AuthUser, @Args('input', { nullable: true }) input?: ReportInput): Promise<WorkshopsReportModel> {
    return this.reports.workshops(this.reports.scope(actor, input));
  }

  @Query(() => OutcomesReportModel, { description: 'Rubric scores over time, first → latest change per student, self vs coach gap, plan items' })
  @RequirePermission(Permission.ReportsRead)
  outcomesReport(@CurrentUser() actor: AuthUser, @Args('input', { nullable: true }) input?: ReportInput): Promise<OutcomesReportModel> {
    return this.reports.outcomes(this.reports.scope(actor, input));
  }

  @Query(() => [ReportFileModel], { description: "A report's tables as CSV files (formula-safe); STUDENTS names students: staff only, audited" })
  @RequirePermission(Permission.ReportsRead)
  reportCsv(
    @CurrentUser() actor: AuthUser,
    @Args('report', { type: () => ReportKindEnum }) report: ReportKind,
    @Args('input', { nullable: true }) input?: ReportInput,
  ): Promise<ReportFileModel[]> {
    return this.exports.csv(actor, report, this.reports.scope(actor, input));
  }

  @Query(() => ReportFileModel, { description: 'Every report of the period as one XLSX workbook (base64); for staff it includes the audited student rows' })
  @RequirePermission(Permission.ReportsRead)
  reportWorkbook(@CurrentUser() actor: AuthUser, @Args('input', { nullable: true }) input?: ReportInput): Promise<ReportFileModel> {
    return this.exports.workbook(actor, this.reports.scope(actor, input));
  }
}
