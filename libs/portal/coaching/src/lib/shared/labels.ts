import { RECOMMENDATION_LABELS } from '@debrief/shared/domain';

export const STATUS_LABELS: Readonly<Record<'TODO' | 'DOING' | 'DONE', string>> = {
  TODO: 'To do',
  DOING: 'Doing',
  DONE: 'Done',
};

export function recommendationLabel(value: number | null | undefined): string {
  return value == null ? 'Not given' : (RECOMMENDATION_LABELS[value] ?? String(value));
}

/** "Tue 3 Nov 2026" in the viewer's zone. */
export function shortDate(instant: string | Date, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(new Date(instant));
}

/** A plain-language description of a self − coach gap. */
export function gapText(gap: number | null | undefined): string {
  if (gap == null) return '—';
  if (Math.abs(gap) < 0.5) return 'Matches';
  return gap > 0 ? `You rated yourself ${gap} higher` : `You rated yourself ${-gap} lower`;
}

/** Today as YYYY-MM-DD in the viewer's zone. */
export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
