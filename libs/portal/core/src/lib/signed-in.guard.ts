import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthStore, SIGN_IN_PATH } from './auth.store';

/** Lets signed-in users through; sends everyone else to sign-in, remembering where they were going. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const user = await inject(AuthStore).ensureLoaded();
  return user ? true : router.createUrlTree([SIGN_IN_PATH], { queryParams: { returnUrl: state.url } });
};
