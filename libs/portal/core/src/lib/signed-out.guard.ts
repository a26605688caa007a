import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthStore } from './auth.store';

/** Keeps signed-in users off pages only meant for signing in; they go home instead. */
export const signedOutGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const user = await inject(AuthStore).ensureLoaded();
  return user ? router.createUrlTree(['/']) : true;
};
