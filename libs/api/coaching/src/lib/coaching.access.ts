import { Injectable } from '@nestjs/common';
import { AccessRule, AuthUser, canAccess, ForbiddenError } from '@debrief/api/core';
import { EvaluationStatus, hasPermission, Permission, Role } from '@debrief/shared/domain';
import { SessionDirectoryService } from '@debrief/api/scheduling';
import { EntityManager } from 'typeorm';
import { NotYourBookingError } from './coaching.errors';

/** Columns of the evaluations table the rules read (for their SQL form). */
export const EVALUATION_ACCESS_COLUMNS = { studentId: 'student_id', coachId: 'coach_id', authorId: 'author_id', status: 'status' } as const;

export interface EvaluationParties {
  studentId: string;
  coachId: string;
  authorId: string;
  status: EvaluationStatus;
}

/**
 * Who may see and change coaching records, in one place. The guard has already checked the
 * operation's permission; these are the record-level rules:
 * - a student: their own journal, plans, progress, and their own SHARED evaluations (student view);
 * - a coach: what concerns students they have coached (a completed session together): those
 *   students' shared evaluations, plans, journal and progress, plus their own drafts;
 * - staff (EvaluationsReadAll): everything. Private notes: the session's coach, the author, staff.
 */
@Injectable()
export class CoachingAccess {
  constructor(private readonly sessions: SessionDirectoryService) {}

  isStaff(actor: AuthUser): boolean {
    return hasPermission(actor.role, Permission.EvaluationsReadAll);
  }

  /** The students among `studentIds` the coach has run a completed session with. */
  async coachedAmong(actor: AuthUser, studentIds: string[], m?: EntityManager): Promise<Set<string>> {
    if (actor.role !== Role.Coach || studentIds.length === 0) return new Set();
    return this.sessions.studentsCoachedBy(actor.id, studentIds, m);
  }

  async hasCoached(actor: AuthUser, studentId: string, m?: EntityManager): Promise<boolean> {
    return (await this.coachedAmong(actor, [studentId], m)).has(studentId);
  }

  /** Whose coaching data (plans, journal, progress) a request is about; refuses the others. */
  async studentFor(actor: AuthUser, studentId: string | null | undefined, m?: EntityManager): Promise<string> {
    const target = studentId ?? actor.id;
    if (target === actor.id && actor.role === Role.Student) return target;
    if (this.isStaff(actor)) return target;
    if (actor.role === Role.Coach && studentId && (await this.hasCoached(actor, target, m))) return target;
    throw new ForbiddenError("You cannot see this student's coaching records.");
  }

  /**
   * The coach (or staff) view of evaluations, given the students the coach has coached: their own
   * sessions' and their own drafts, and the shared evaluations of students they have coached. One
   * rule for a record (`canReadAsCoach`) and, as SQL, for the list (`coachEvaluations`).
   */
  coachViewRule(actor: AuthUser, coached: Iterable<string>): AccessRule<EvaluationParties> {
    if (this.isStaff(actor)) return { all: true };
    if (actor.role !== Role.Coach) return { none: true };
    return {
      anyOf: [
        { field: 'coachId', eq: actor.id },
        { field: 'authorId', eq: actor.id },
        { allOf: [{ field: 'status', eq: EvaluationStatus.Shared }, { field: 'studentId', in: [...coached] }] },
      ],
    };
  }

  canReadAsCoach(actor: AuthUser, ev: EvaluationParties, coached: boolean): boolean {
    return canAccess(this.coachViewRule(actor, coached ? [ev.studentId] : []), ev);
  }

  /** Private notes: never students; the session's coach, the author and staff only. */
  canSeePrivateNotes(actor: AuthUser, ev: EvaluationParties): boolean {
    if (actor.role === Role.Student) return false;
    return this.isStaff(actor) || ev.coachId === actor.id || ev.authorId === actor.id;
  }

  /** Writing an evaluation of a booking: its coach, or staff. */
  assertCanEvaluate(actor: AuthUser, booking: { coachId: string }): void {
    if (!(this.isStaff(actor) || (actor.role === Role.Coach && booking.coachId === actor.id))) throw new NotYourBookingError();
  }

  /**
   * A student's evaluations once shared: what the student sees of their own (`canReadAsStudent`)
   * and, as SQL, what their progress counts, whoever looks at it.
   */
  sharedWithRule(studentId: string): AccessRule<EvaluationParties> {
    return { allOf: [{ field: 'studentId', eq: studentId }, this.sharedRule()] };
  }

  /** Shared evaluations only: a draft stays with its coach (the question bank's rule). */
  sharedRule(): AccessRule<EvaluationParties> {
    return { field: 'status', eq: EvaluationStatus.Shared };
  }

  /** The student view: only the evaluation's own student, and only once shared. */
  canReadAsStudent(actor: AuthUser, ev: EvaluationParties): boolean {
    return actor.role === Role.Student && canAccess(this.sharedWithRule(actor.id), ev);
  }

  /** Writing a plan for a student: a coach who has coached them, or staff. */
  async assertCanPlanFor(actor: AuthUser, studentId: string, m?: EntityManager): Promise<void> {
    if (this.isStaff(actor)) return;
    if (actor.role === Role.Coach && (await this.hasCoached(actor, studentId, m))) return;
    throw new ForbiddenError('Only a coach who has coached this student, or staff, can change their plan.');
  }

  /**
   * Changing one plan item: its student may move the status only; a coach who has coached the
   * student, or staff, may also retitle and re-date it.
   */
  async assertCanEditPlanItem(actor: AuthUser, plan: { studentId: string }, edits: { details: boolean }, m?: EntityManager): Promise<void> {
    if (actor.role === Role.Student && plan.studentId === actor.id) {
      if (edits.details) throw new ForbiddenError('Students update the status of their items; the coach edits titles and due dates.');
      return;
    }
    await this.assertCanPlanFor(actor, plan.studentId, m);
  }

  /** Seeing a plan (and commenting on it): its student, their coaches, staff. */
  async assertCanSeePlan(actor: AuthUser, plan: { studentId: string }, m?: EntityManager): Promise<void> {
    if (actor.role === Role.Student && plan.studentId === actor.id) return;
    await this.studentFor(actor, plan.studentId, m);
  }

  /** The student view of a session's feedback: its own student only. */
  assertStudentOf(actor: AuthUser, booking: { studentId: string }): void {
    if (booking.studentId !== actor.id) throw new NotYourBookingError('This session is not yours.');
  }

  /** Whose evaluation tasks a request is about: a coach's own, or (staff) any coach's. */
  tasksCoachFor(actor: AuthUser, coachId: string | null | undefined): string {
    if (this.isStaff(actor)) return coachId ?? actor.id;
    if (coachId && coachId !== actor.id) throw new NotYourBookingError("You cannot see another coach's sessions.");
    return actor.id;
  }

  /** Self-assessing a session: only its own student. */
  assertOwnSession(actor: AuthUser, booking: { studentId: string }): void {
    if (booking.studentId !== actor.id) throw new NotYourBookingError('You can only assess yourself for your own sessions.');
  }

  /**
   * A booking's parties (its student and its coach) and staff: who may read its rubric and its
   * self-assessment, whether asked for directly or nested in an evaluation.
   */
  isBookingParty(actor: AuthUser, booking: { studentId: string; coachId: string }): boolean {
    return this.isStaff(actor) || booking.studentId === actor.id || booking.coachId === actor.id;
  }

  assertBookingParty(actor: AuthUser, booking: { studentId: string; coachId: string }): void {
    if (!this.isBookingParty(actor, booking)) throw new NotYourBookingError('This session is not yours.');
  }
}
