import { Injectable } from '@nestjs/common';
import { AuthUser, ForbiddenError } from '@debrief/api/core';
import { hasPermission, Permission, Role } from '@debrief/shared/domain';

/**
 * Record-level access for the identity domain, in one place: given who asks and about whom,
 * may they? (The guard already checked the role's permission for the operation.)
 */
@Injectable()
export class IdentityAccess {
  /** Coaches edit their own directory profile; staff (who may read every user) edit any coach's. */
  assertCanEditCoachProfile(actor: AuthUser, coachId: string): void {
    if (hasPermission(actor.role, Permission.UsersRead)) return;
    if (actor.role === Role.Coach && actor.id === coachId) return;
    throw new ForbiddenError("You can only edit your own coach profile.");
  }
}
