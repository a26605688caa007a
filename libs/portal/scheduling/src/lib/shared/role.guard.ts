import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthStore } from '@debrief/portal/core';
import { Role } from '@debrief/shared/domain';

/**
 * Lets through only the given roles; others go home. Pages that act on "my" sessions or hours
 * make sense for one role even where staff share the permission (staff work on others' behalf).
 */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return async () => {
    const router = inject(Router);
    const user = await inject(AuthStore).ensureLoaded();
    return user && roles.includes(user.role) ? true : router.createUrlTree(['/']);
  };
}
