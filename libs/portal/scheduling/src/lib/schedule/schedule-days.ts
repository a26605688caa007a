import { dateIn } from '../shared/week';
import { formatCivilDate } from '@debrief/portal/core';

export interface DayGroup<T> {
  date: string;
  heading: string;
  items: T[];
}

/** Items under the dates they start on in the zone, for the given dates in order (empty days kept). */
export function groupByDay<T extends { startsAt: string }>(items: readonly T[], dates: readonly string[], zone: string): DayGroup<T>[] {
  const groups = dates.map((date) => ({ date, heading: formatCivilDate(date), items: [] as T[] }));
  const byDate = new Map(groups.map((g) => [g.date, g]));
  for (const item of [...items].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))) {
    byDate.get(dateIn(item.startsAt, zone))?.items.push(item);
  }
  return groups;
}
