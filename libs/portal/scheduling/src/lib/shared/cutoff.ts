const HOUR = 3600_000;

/**
 * Whether a session is already inside its type's cancellation cutoff: fewer than `cutoffHours`
 * remain before it starts (the API's rule, so the portal can warn before the API refuses).
 */
export function insideCutoff(startsAt: string, cutoffHours: number, now: Date | number = Date.now()): boolean {
  return Date.parse(startsAt) - new Date(now).getTime() < cutoffHours * HOUR;
}

/** "24 hours", "1 hour" */
export function hoursText(hours: number): string {
  return `${hours} hour${hours === 1 ? '' : 's'}`;
}

/** On the confirm step, for a start already inside the cutoff: said before booking, not after. */
export function lateBookingWarning(cutoffHours: number): string {
  return `This session starts in less than ${hoursText(cutoffHours)}: once booked, you won't be able to change this yourself. Only career center staff can reschedule or cancel it.`;
}

/** The warning shown before a student tries to change a session inside the cutoff. */
export function cutoffWarning(cutoffHours: number): string {
  return `This session starts in less than ${hoursText(cutoffHours)}, so only career center staff can change it now. Contact them; a missed session counts as a no-show.`;
}
