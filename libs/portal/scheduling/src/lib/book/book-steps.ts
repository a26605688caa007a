export type BookStep = 'type' | 'coach' | 'slot' | 'confirm';

export const BOOK_STEPS: readonly { key: BookStep; label: string }[] = [
  { key: 'type', label: 'Session type' },
  { key: 'coach', label: 'Coach' },
  { key: 'slot', label: 'Time' },
  { key: 'confirm', label: 'Confirm' },
];

/** Which step the URL's choices lead to: the first one still missing. */
export function bookStep(choices: { type: unknown; coach: unknown; start: unknown }): BookStep {
  if (!choices.type) return 'type';
  if (!choices.coach) return 'coach';
  if (!choices.start) return 'slot';
  return 'confirm';
}

/** A start from the URL, if it is an instant at all (the API decides whether it is free). */
export function readStart(value: string | null | undefined): string | null {
  return value && !Number.isNaN(Date.parse(value)) && /^\d{4}-\d{2}-\d{2}T/.test(value) ? value : null;
}
