import { Injectable } from '@nestjs/common';
import { AccessRule, AuthUser } from '@debrief/api/core';
import { hasPermission, Permission } from '@debrief/shared/domain';

/** What a report row is about, for the rule: the coach whose work it counts, or a workshop's facilitators. */
export interface ReportSubject {
  coachId: string;
  facilitatorIds: string[];
}

/**
 * Record-level access for the reports, in one place. The guard has checked ReportsRead; this
 * decides whose figures a user sees: staff (ReportsReadAll, a permission, never a role
 * comparison) every coach's and student's; anyone else only the sessions they coached and the
 * workshops they facilitated. Used as SQL (`accessSql`) in every report query.
 */
@Injectable()
export class ReportsAccess {
  seesAll(actor: AuthUser): boolean {
    return hasPermission(actor.role, Permission.ReportsReadAll);
  }

  /** Which sessions (bookings, evaluations, plans) count in the viewer's reports. */
  sessionRule(actor: AuthUser): AccessRule<Pick<ReportSubject, 'coachId'>> {
    return this.seesAll(actor) ? { all: true } : { field: 'coachId', eq: actor.id };
  }

  /** Which workshops count in the viewer's reports. */
  workshopRule(actor: AuthUser): AccessRule<Pick<ReportSubject, 'facilitatorIds'>> {
    return this.seesAll(actor) ? { all: true } : { field: 'facilitatorIds', has: actor.id };
  }

  /** Exports of rows naming students are for staff only. */
  mayExportStudentRows(actor: AuthUser): boolean {
    return this.seesAll(actor);
  }
}
