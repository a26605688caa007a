import { DestroyRef, inject, Signal, signal } from '@angular/core';
import { formatTime } from '@debrief/portal/core';
import { isValidTimeZone } from '@debrief/shared/util-time';

/** A coach's local time ("14:05") in their IANA zone; empty for a zone the browser does not know. */
export function formatLocalTime(now: Date, timeZone: string): string {
  return isValidTimeZone(timeZone) ? formatTime(now, timeZone) : '';
}

/** The current time as a signal, refreshed every 30 seconds while the calling component lives. */
export function injectNow(): Signal<Date> {
  const now = signal(new Date());
  const timer = setInterval(() => now.set(new Date()), 30_000);
  inject(DestroyRef).onDestroy(() => clearInterval(timer));
  return now.asReadonly();
}
