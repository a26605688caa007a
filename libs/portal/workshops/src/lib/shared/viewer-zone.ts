import { computed, Signal } from '@angular/core';
import { AuthStore } from '@debrief/portal/core';
import { isValidTimeZone } from '@debrief/shared/util-time';

/** The zone the viewer reads times in: their profile's, else the browser's, else UTC. */
export function viewerZone(auth: AuthStore): Signal<string> {
  return computed(() => {
    const zone = auth.user()?.timeZone;
    if (zone && isValidTimeZone(zone)) return zone;
    const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return browser && isValidTimeZone(browser) ? browser : 'UTC';
  });
}
