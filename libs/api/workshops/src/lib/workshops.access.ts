import { Injectable } from '@nestjs/common';
import { AccessRule, AuthUser, canAccess, ForbiddenError } from '@debrief/api/core';
import { hasPermission, Permission, Role } from '@debrief/shared/domain';
import { NotFacilitatorError } from './workshops.errors';

/** Staff, for workshops: whoever may manage every workshop (the shared permission map decides). */
const isStaff = (u: AuthUser) => hasPermission(u.role, Permission.WorkshopsManage);
/** A registrant: whoever may register for workshops themself (students). */
const registers = (u: { role: Role } | null | undefined) => !!u && hasPermission(u.role, Permission.WorkshopsRegister);

export interface WorkshopVisibility {
  status: string;
  facilitatorIds: string[];
}

/** Columns of the workshops table the rules read (for their SQL form). */
export const WORKSHOP_ACCESS_COLUMNS = { status: 'status', facilitatorIds: 'facilitator_ids' } as const;

/**
 * Record-level access for workshops, in one place. The guard has already checked the
 * operation's permission; this decides which workshops and registrations a user may touch.
 */
@Injectable()
export class WorkshopsAccess {
  isStaff(actor: AuthUser): boolean {
    return isStaff(actor);
  }

  /**
   * Whether the viewer registers for workshops themself (a student): the catalog narrows to what
   * they may register for, and a workshop answers with their registration and overlapping sessions.
   */
  isRegistrant(actor: AuthUser | null | undefined): boolean {
    return registers(actor);
  }

  /** Who may facilitate a workshop: whoever may run one (coaches and staff, from the permission map). */
  canFacilitate(person: { role: Role }): boolean {
    return hasPermission(person.role, Permission.WorkshopsRun);
  }

  /**
   * What the catalog shows anyone: every workshop but drafts, and the drafts one facilitates. A
   * cancelled or past workshop stays visible. One rule for a record and, as SQL, for the list.
   */
  catalogRule(actor: AuthUser): AccessRule<WorkshopVisibility> {
    return { anyOf: [{ field: 'status', ne: 'DRAFT' }, { field: 'facilitatorIds', has: actor.id }] };
  }

  /** Seeing one workshop: the catalog rule, and staff see drafts too. */
  seeRule(actor: AuthUser): AccessRule<WorkshopVisibility> {
    return isStaff(actor) ? { all: true } : this.catalogRule(actor);
  }

  canSeeWorkshop(actor: AuthUser, workshop: WorkshopVisibility): boolean {
    return canAccess(this.seeRule(actor), workshop);
  }

  /** Roster and check-in: staff, or a facilitator of this workshop. */
  assertCanRun(actor: AuthUser, workshop: { facilitatorIds: string[] }): void {
    if (!(isStaff(actor) || workshop.facilitatorIds.includes(actor.id))) throw new NotFacilitatorError();
  }

  /** Cancelling a registration: its student, or staff. */
  assertCanChangeRegistration(actor: AuthUser, registration: { studentId: string }): void {
    if (!(isStaff(actor) || (registers(actor) && registration.studentId === actor.id))) {
      throw new ForbiddenError('Only the student of this registration or career center staff can cancel it.');
    }
  }
}
