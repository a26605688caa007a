import { Injectable } from '@nestjs/common';
import { AuthUser, BadInputError, ForbiddenError } from '@debrief/api/core';
import { hasPermission, Permission, Role } from '@debrief/shared/domain';

export interface BookingParties {
  studentId: string;
  coachId: string;
}

/** Staff, for scheduling: whoever may manage every student's bookings (the shared permission map decides). */
const isStaff = (u: AuthUser) => hasPermission(u.role, Permission.SchedulingManage);

/**
 * Record-level access for scheduling, in one place: given who asks and which records,
 * may they? The guard has already checked the operation's permission.
 */
@Injectable()
export class SchedulingAccess {
  isStaff(actor: AuthUser): boolean {
    return isStaff(actor);
  }

  /** Whose hours an edit may touch: a coach their own, staff any coach's. */
  coachFor(actor: AuthUser, coachId: string | undefined | null): string {
    if (isStaff(actor) && !coachId) throw staffNeed('coachId', "a coach's hours");
    const target = coachId ?? actor.id;
    if (isStaff(actor) || (actor.role === Role.Coach && target === actor.id)) return target;
    throw new ForbiddenError('You can only change your own hours.');
  }

  /** On whose behalf a booking is made: a student for themself, staff for any student. */
  studentFor(actor: AuthUser, studentId: string | undefined | null): string {
    if (isStaff(actor)) {
      if (!studentId) throw staffNeed('studentId', 'a booking on behalf of a student');
      return studentId;
    }
    if (actor.role === Role.Student && (!studentId || studentId === actor.id)) return actor.id;
    throw new ForbiddenError('You can only book sessions for yourself.');
  }

  canSee(actor: AuthUser, booking: BookingParties): boolean {
    return isStaff(actor) || booking.studentId === actor.id || booking.coachId === actor.id;
  }

  assertCanSee(actor: AuthUser, booking: BookingParties): void {
    if (!this.canSee(actor, booking)) throw new ForbiddenError('This session is not yours.');
  }

  /** Cancelling and rescheduling: the student of the booking, or staff. */
  assertCanChange(actor: AuthUser, booking: BookingParties): void {
    if (!(isStaff(actor) || (actor.role === Role.Student && booking.studentId === actor.id))) {
      throw new ForbiddenError('Only the student of this session or career center staff can change it.');
    }
  }

  /** Marking completed or no-show: the session's coach, or staff. */
  assertCanRun(actor: AuthUser, booking: BookingParties): void {
    if (!(isStaff(actor) || booking.coachId === actor.id)) throw new ForbiddenError('Only the coach of this session can do that.');
  }

  /** Whose schedule a coach-schedule read may show: a coach their own, staff any coach's (named). */
  coachListFor(actor: AuthUser, coachId: string | undefined | null): string {
    if (isStaff(actor) && !coachId) throw staffNeed('coachId', "a coach's schedule");
    const target = coachId ?? actor.id;
    if (isStaff(actor) || target === actor.id) return target;
    throw new ForbiddenError("You cannot see another coach's schedule.");
  }

  /** Whose bookings a list may show. */
  studentListFor(actor: AuthUser, studentId: string | undefined | null): string {
    if (isStaff(actor) && !studentId) throw staffNeed('studentId', "a student's sessions or standing");
    const target = studentId ?? actor.id;
    if (isStaff(actor) || target === actor.id) return target;
    throw new ForbiddenError("You cannot see another student's sessions.");
  }
}

/** Staff have no sessions or hours of their own: the "my" operations need to know whose. */
function staffNeed(field: 'coachId' | 'studentId', what: string): BadInputError {
  return new BadInputError(field, `${field}: staff must pass ${field} for ${what} (staff have none of their own).`, { reason: 'STAFF_NEEDS_ID' });
}
