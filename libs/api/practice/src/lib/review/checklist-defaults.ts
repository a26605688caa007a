/** The self-review checklist of a session type staff have not edited. */
export const DEFAULT_CHECKLIST: readonly string[] = [
  'Clarified the problem before starting',
  'Stated the time and space complexity',
  'Tested edge cases',
  'Answered behavioural questions in STAR',
  'Kept filler words down',
  'Kept a steady pace',
];

/** Trimmed, without blanks or repeats (the table's check refuses blanks). */
export function cleanItems(items: readonly string[]): string[] {
  return [...new Set(items.map((i) => i.trim()).filter(Boolean))];
}
