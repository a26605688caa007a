import { accessSql, AccessRule, positional } from '@debrief/api/core';
import type { ReportSubject } from './reports.access';
import { StudentKind } from './reports.inputs';
import type { Period } from './report-period';

/** What one report query is asked: the period, the viewer's rules, and the filters. */
export interface ReportScope {
  period: Period;
  centerTimeZone: string;
  sessionRule: AccessRule<Pick<ReportSubject, 'coachId'>>;
  workshopRule: AccessRule<Pick<ReportSubject, 'facilitatorIds'>>;
  coachIds?: string[];
  sessionTypeIds?: string[];
  majors?: string[];
  classYears?: number[];
  topic?: string;
  studentKind: StudentKind;
}

/**
 * Builds one parameterised statement: `$1` is the period's start and `$2` its end (unless built
 * with `{ period: false }`); the center's zone (`q.zone`) and conditions bind the rest. Report SQL
 * reads only the views the domains publish.
 */
export class ReportSql {
  readonly params: unknown[];
  private readonly bind: (value: unknown) => string;

  private zonePlaceholder?: string;

  constructor(
    readonly scope: ReportScope,
    options: { period?: boolean } = {},
  ) {
    this.params = options.period === false ? [] : [scope.period.from, scope.period.to];
    this.bind = positional(this.params);
  }

  /** The center's time zone, bound once. */
  get zone(): string {
    this.zonePlaceholder ??= `${this.bind(this.scope.centerTimeZone)}::text`;
    return this.zonePlaceholder;
  }

  value(v: unknown): string {
    return this.bind(v);
  }

  /** Sessions the viewer may count, of the chosen coaches and session types (`alias` has coach_id, session_type_id). */
  sessions(alias: string, options: { sessionTypes?: boolean } = {}): string {
    const parts = [accessSql(this.scope.sessionRule, alias, { coachId: 'coach_id' }, this.bind)];
    if (this.scope.coachIds?.length) parts.push(`${alias}.coach_id = ANY(${this.bind(this.scope.coachIds)}::uuid[])`);
    if (options.sessionTypes !== false && this.scope.sessionTypeIds?.length) {
      parts.push(`${alias}.session_type_id = ANY(${this.bind(this.scope.sessionTypeIds)}::uuid[])`);
    }
    return parts.join(' AND ');
  }

  /** Students of the chosen majors and class years (`alias` is identity_report_students, outer-joined). */
  students(alias: string): string {
    const parts: string[] = [];
    if (this.scope.majors?.length) parts.push(`${alias}.major = ANY(${this.bind(this.scope.majors)}::text[])`);
    if (this.scope.classYears?.length) parts.push(`${alias}.class_year = ANY(${this.bind(this.scope.classYears)}::int[])`);
    return parts.length ? parts.join(' AND ') : 'TRUE';
  }

  /** New (no held session before the period) or returning students; `studentColumn` is a student id. */
  studentKind(studentColumn: string): string {
    if (this.scope.studentKind === StudentKind.All) return 'TRUE';
    const before = `EXISTS (SELECT 1 FROM scheduling_report_bookings p WHERE p.student_id = ${studentColumn} AND p.starts_at < $1 AND p.status = 'COMPLETED' LIMIT 1)`;
    return this.scope.studentKind === StudentKind.Returning ? before : `NOT ${before}`;
  }

  /** Workshops the viewer may count, of the chosen topic (`alias` is workshops_report_workshops). */
  workshops(alias: string): string {
    const parts = [accessSql(this.scope.workshopRule, alias, { facilitatorIds: 'facilitator_ids' }, this.bind)];
    if (this.scope.topic) parts.push(`${this.bind(this.scope.topic.trim().toLowerCase())} = ANY(${alias}.topics)`);
    return parts.join(' AND ');
  }
}
