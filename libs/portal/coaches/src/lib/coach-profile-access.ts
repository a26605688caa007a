import type { SessionUser } from '@debrief/portal/core';
import { hasPermission, Permission, Role } from '@debrief/shared/domain';

/** Roles that may edit any coach's directory profile; everyone else with the permission only their own. */
const EDIT_ANY: ReadonlySet<Role> = new Set([Role.Staff, Role.Admin]);

/**
 * Whether the user may edit this coach's directory profile, mirroring the API: the permission, and
 * then either a staff/admin role or the coach's own profile (a coach's id is their user id).
 */
export function canEditCoachProfile(user: Pick<SessionUser, 'id' | 'role'> | null, coachId: string): boolean {
  if (!user || !hasPermission(user.role, Permission.CoachProfilesUpdate)) return false;
  return EDIT_ANY.has(user.role) || user.id === coachId;
}
