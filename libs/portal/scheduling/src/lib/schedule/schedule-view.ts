import { daysWindow, isIsoDate, mondayOf, shiftDate, weekDates, Window } from '../shared/week';
import { formatCivilDate } from '@debrief/portal/core';

export type ScheduleMode = 'day' | 'week';

export interface ScheduleView {
  mode: ScheduleMode;
  /** The day shown, or the Monday of the week shown. */
  anchor: string;
  dates: string[];
  title: string;
}

/** What the schedule shows for the URL's view and date (today's day or week when absent). */
export function scheduleView(mode: string | null | undefined, date: string | null | undefined, today: string): ScheduleView {
  const chosen = isIsoDate(date) ? date : today;
  if (mode === 'day') return { mode: 'day', anchor: chosen, dates: [chosen], title: formatCivilDate(chosen) };
  const monday = mondayOf(chosen) as string;
  return { mode: 'week', anchor: monday, dates: weekDates(monday), title: `Week of ${formatCivilDate(monday)}` };
}

/** The view a step away (a day or a week, back or forward). */
export function stepView(view: ScheduleView, direction: -1 | 1): string {
  return shiftDate(view.anchor, direction * (view.mode === 'day' ? 1 : 7));
}

/** The view's whole days in the zone, as UTC instants for coachSchedule. */
export function viewWindow(view: ScheduleView, zone: string): Window {
  return daysWindow(view.dates[0], view.dates.length, zone);
}
