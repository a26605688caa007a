import { computed, inject, Signal } from '@angular/core';
import { isValidTimeZone } from '@debrief/shared/util-time';
import { AuthStore } from '../auth.store';

/** The zone a user reads times in: their profile's, else the browser's, else UTC. */
export function zoneFor(profileZone: string | null | undefined): string {
  if (profileZone && isValidTimeZone(profileZone)) return profileZone;
  const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return browser && isValidTimeZone(browser) ? browser : 'UTC';
}

/** The signed-in viewer's zone, as a signal (it changes when they edit their profile). */
export function injectViewerZone(): Signal<string> {
  const auth = inject(AuthStore);
  return computed(() => zoneFor(auth.user()?.timeZone));
}
