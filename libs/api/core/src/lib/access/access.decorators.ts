import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Permission } from '@debrief/shared/domain';
import { AuthUser } from './auth-user';
import { requestOf } from './request-of';

export const PUBLIC_KEY = 'debrief:public';
export const PERMISSION_KEY = 'debrief:permission';

/** Open to anyone, signed in or not. Use sparingly: everything else is denied by default. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Needs a signed-in user whose role grants this permission in the shared map. */
export const RequirePermission = (permission: Permission) => SetMetadata(PERMISSION_KEY, permission);

/** The signed-in user; only on operations that require a permission (so one is always there). */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthUser | null => {
  return requestOf(context).user ?? null;
});
