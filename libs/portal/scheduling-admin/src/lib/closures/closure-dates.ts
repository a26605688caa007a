import { AbstractControl, ValidationErrors } from '@angular/forms';
import { formatShortCivilDate, StaffClosureFragment } from '@debrief/portal/core';

/**
 * On the end date: a closure ends on or after the day it starts (both inclusive, "YYYY-MM-DD",
 * which compare correctly as text). Re-run when the start date changes.
 */
export function endOnOrAfterStart(control: AbstractControl): ValidationErrors | null {
  const start = control.parent?.get('startDate')?.value;
  const end = control.value;
  if (!start || !end) return null;
  return end < start ? { endBeforeStart: true } : null;
}

/** "Thu, Dec 24, 2026", or "Thu, Dec 24, 2026 – Fri, Jan 1, 2027" for several days. */
export function closureDates(closure: Pick<StaffClosureFragment, 'startDate' | 'endDate'>): string {
  const start = formatShortCivilDate(closure.startDate);
  return closure.endDate === closure.startDate ? start : `${start} – ${formatShortCivilDate(closure.endDate)}`;
}
