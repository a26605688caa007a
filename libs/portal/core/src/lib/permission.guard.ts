import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { hasPermission, Permission } from '@debrief/shared/domain';
import { AuthStore, SIGN_IN_PATH } from './auth.store';

/** Lets through users whose role grants the permission; others go home, the signed-out to sign-in. */
export function permissionGuard(permission: Permission): CanActivateFn {
  return async (_route, state) => {
    const router = inject(Router);
    const user = await inject(AuthStore).ensureLoaded();
    if (!user) return router.createUrlTree([SIGN_IN_PATH], { queryParams: { returnUrl: state.url } });
    return hasPermission(user.role, permission) ? true : router.createUrlTree(['/']);
  };
}
