import { inject } from '@angular/core';
import { CanActivateFn, RedirectCommand, Router } from '@angular/router';
import { hasPermission, Permission } from '@debrief/shared/domain';
import { AuthStore, SIGN_IN_PATH } from './auth.store';

/** Where the portal says "you do not have access to this page" (the shell routes it). */
export const NO_ACCESS_PATH = '/no-access';

/**
 * Lets through users whose role grants the permission; the signed-out go to sign-in. Others are
 * told they have no access, at the address they typed (the address bar keeps it, so they can see
 * what they asked for), rather than moved home without a word.
 */
export function permissionGuard(permission: Permission): CanActivateFn {
  return async (_route, state) => {
    const router = inject(Router);
    const user = await inject(AuthStore).ensureLoaded();
    if (!user) return router.createUrlTree([SIGN_IN_PATH], { queryParams: { returnUrl: state.url } });
    if (hasPermission(user.role, permission)) return true;
    return new RedirectCommand(router.createUrlTree([NO_ACCESS_PATH]), { skipLocationChange: true });
  };
}
