import { dateIn, weekDates } from '../shared/week';
import { formatDay, formatOffset, formatTime, slotLabel } from '@debrief/portal/core';

export interface SlotLike {
  start: string;
  end: string;
}

export interface SlotView {
  start: string;
  /** "10:00", what the button shows. */
  time: string;
  /** "Tuesday 24 November, 10:00 (Europe/Berlin)", the button's accessible name. */
  label: string;
}

export interface SlotDay {
  /** YYYY-MM-DD in the viewer's zone. */
  date: string;
  /** "Tuesday 24 November" */
  heading: string;
  slots: SlotView[];
  /** Why the career center is closed that day, if it is. */
  closed: string | null;
}

/** A center-wide closure: inclusive dates (YYYY-MM-DD). */
export interface ClosureLike {
  startDate: string;
  endDate: string;
  reason: string;
}

/**
 * The seven days of a week in the viewer's zone, each with the free starts that fall on it there,
 * in time order. Grouping uses the zone's civil date of each start, so a 23:30 start stays on its
 * evening even when UTC has moved on to the next day. Starts outside the week are dropped. Days
 * the center is closed carry the closure's reason (closures are dates in the center's zone; the
 * viewer's date is close enough to say why a day has nothing).
 */
export function groupSlotsByDay(
  slots: readonly SlotLike[],
  monday: string,
  zone: string,
  closures: readonly ClosureLike[] = [],
): SlotDay[] {
  const days: SlotDay[] = weekDates(monday).map((date) => ({
    date,
    heading: formatDay(`${date}T12:00:00Z`, 'UTC'),
    slots: [],
    closed: closures.find((c) => c.startDate <= date && date <= c.endDate)?.reason ?? null,
  }));
  const byDate = new Map(days.map((day) => [day.date, day]));
  const sorted = [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  for (const slot of sorted) {
    const day = byDate.get(dateIn(slot.start, zone));
    day?.slots.push({ start: slot.start, time: formatTime(slot.start, zone), label: slotLabel(slot.start, zone) });
  }
  for (const day of days) disambiguateRepeatedTimes(day.slots, zone);
  return days;
}

/**
 * When clocks go back, one local time happens twice; both buttons would read "01:30". The later
 * ones get the zone's offset so they stay distinguishable by eye and by screen reader.
 */
function disambiguateRepeatedTimes(slots: SlotView[], zone: string): void {
  const seen = new Map<string, SlotView>();
  for (const slot of slots) {
    const first = seen.get(slot.time);
    if (!first) {
      seen.set(slot.time, slot);
      continue;
    }
    for (const view of [first, slot]) {
      const offset = formatOffset(view.start, zone);
      if (!view.time.includes(offset)) {
        view.time = `${formatTime(view.start, zone)} ${offset}`;
        view.label = `${formatDay(view.start, zone)}, ${view.time} (${zone})`;
      }
    }
  }
}
