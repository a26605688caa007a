import { isValidTimeZone } from '@debrief/shared/util-time';

/** The browser's own IANA zone, a sensible default for new users; UTC when it is unknown. */
export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : 'UTC';
}
