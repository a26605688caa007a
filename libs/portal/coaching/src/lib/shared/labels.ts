import { RECOMMENDATION_LABELS } from '@debrief/shared/domain';

export const STATUS_LABELS: Readonly<Record<'TODO' | 'DOING' | 'DONE', string>> = {
  TODO: 'To do',
  DOING: 'Doing',
  DONE: 'Done',
};

export function recommendationLabel(value: number | null | undefined): string {
  return value == null ? 'Not given' : (RECOMMENDATION_LABELS[value] ?? String(value));
}

/** A plain-language description of a self − coach gap. */
export function gapText(gap: number | null | undefined): string {
  if (gap == null) return '—';
  if (Math.abs(gap) < 0.5) return 'Matches';
  return gap > 0 ? `You rated yourself ${gap} higher` : `You rated yourself ${-gap} lower`;
}
