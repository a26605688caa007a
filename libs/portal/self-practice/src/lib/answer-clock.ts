/** What the answer clock shows and says, from the limit and the seconds since it started. Pure. */
export interface ClockReading {
  readonly remaining: number;
  /** mm:ss, counting down; "-m:ss" once over the limit. */
  readonly text: string;
  /** A sentence for the screen reader at the moments that matter, else null. */
  readonly announcement: string | null;
  readonly over: boolean;
}

const mmss = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

export function readClock(limitSeconds: number, elapsedSeconds: number): ClockReading {
  const remaining = limitSeconds - Math.floor(elapsedSeconds);
  const over = remaining < 0;
  let announcement: string | null = null;
  if (remaining === 30 && limitSeconds > 30) announcement = '30 seconds left.';
  else if (remaining === 0) announcement = 'Time is up. Finish your sentence and stop.';
  return { remaining, text: over ? `-${mmss(-remaining)}` : mmss(remaining), announcement, over };
}

/** The journal line for a practised answer: the STAR levels in the rubric's part names. */
export function journalSummary(parts: readonly { name: string; level: number }[], words: number, seconds: number): string {
  const levels = parts.map((p) => `${p.name} ${p.level}/4`).join(', ');
  return `Practised a behavioral answer on my own: ${words} words, about ${mmss(seconds)} spoken (STAR check: ${levels}).`;
}
