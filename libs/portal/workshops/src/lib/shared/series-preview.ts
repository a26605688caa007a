import { DateTime } from 'luxon';

export interface ClosureDates {
  startDate: string;
  endDate: string;
  reason: string;
}

export interface SeriesPreview {
  total: number;
  kept: number;
  /** The weeks a closure removes: their date (YYYY-MM-DD) and the closure's reason. */
  skipped: { date: string; reason: string }[];
}

/**
 * What a weekly series will be before it is created: the first start's wall-clock time repeated
 * every 7 local days, `weeks` times, minus the dates a closure covers (as the API does it), so
 * staff read "4 of 6 weeks: 24 Nov skipped (Thanksgiving break)" before pressing Create, not after.
 */
export function previewWeeklySeries(firstLocal: string, weeks: number, zone: string, closures: readonly ClosureDates[]): SeriesPreview | null {
  const first = DateTime.fromISO(firstLocal, { zone });
  if (!first.isValid || !Number.isInteger(weeks) || weeks < 2) return null;
  const skipped: SeriesPreview['skipped'] = [];
  for (let i = 0; i < weeks; i++) {
    const date = first.plus({ weeks: i }).toISODate() as string;
    const closure = closures.find((c) => c.startDate <= date && date <= c.endDate);
    if (closure) skipped.push({ date, reason: closure.reason });
  }
  return { total: weeks, kept: weeks - skipped.length, skipped };
}
