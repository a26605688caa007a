import { DestroyRef, inject, Signal, signal } from '@angular/core';

/** "2:05 PM" in the given IANA zone; empty for a zone the browser does not know. */
export function formatLocalTime(now: Date, timeZone: string): string {
  try {
    const format = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone });
    return format.format(now).replace(/\u202f/g, ' ');
  } catch {
    return '';
  }
}

/** The current time as a signal, refreshed every 30 seconds while the calling component lives. */
export function injectNow(): Signal<Date> {
  const now = signal(new Date());
  const timer = setInterval(() => now.set(new Date()), 30_000);
  inject(DestroyRef).onDestroy(() => clearInterval(timer));
  return now.asReadonly();
}
