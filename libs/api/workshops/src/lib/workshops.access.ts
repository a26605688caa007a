import { Injectable } from '@nestjs/common';
import { AuthUser, ForbiddenError } from '@debrief/api/core';
import { Role } from '@debrief/shared/domain';
import { NotFacilitatorError } from './workshops.errors';

const isStaff = (u: AuthUser) => u.role === Role.Staff || u.role === Role.Admin;

/**
 * Record-level access for workshops, in one place. The guard has already checked the
 * operation's permission; this decides which workshops and registrations a user may touch.
 */
@Injectable()
export class WorkshopsAccess {
  isStaff(actor: AuthUser): boolean {
    return isStaff(actor);
  }

  /** Drafts are staff-only; a cancelled or past workshop stays visible to everyone who could see it. */
  canSeeWorkshop(actor: AuthUser, workshop: { status: string; facilitatorIds: string[] }): boolean {
    return isStaff(actor) || workshop.status !== 'DRAFT' || workshop.facilitatorIds.includes(actor.id);
  }

  /** Roster and check-in: staff, or a facilitator of this workshop. */
  assertCanRun(actor: AuthUser, workshop: { facilitatorIds: string[] }): void {
    if (!(isStaff(actor) || workshop.facilitatorIds.includes(actor.id))) throw new NotFacilitatorError();
  }

  /** Cancelling a registration: its student, or staff. */
  assertCanChangeRegistration(actor: AuthUser, registration: { studentId: string }): void {
    if (!(isStaff(actor) || (actor.role === Role.Student && registration.studentId === actor.id))) {
      throw new ForbiddenError('Only the student of this registration or career center staff can cancel it.');
    }
  }
}
