import type { PracticePhase } from '@debrief/portal/core';

export const PHASE_LABELS: Record<PracticePhase, string> = {
  NOT_STARTED: 'Not started',
  INTERVIEW: 'Interview',
  FEEDBACK: 'Feedback',
  WRAP_UP: 'Wrap-up',
  DONE: 'Done',
};

const NEXT_ACTION: Record<PracticePhase, string | null> = {
  NOT_STARTED: 'Start the interview',
  INTERVIEW: 'Move to feedback',
  FEEDBACK: 'Move to wrap-up',
  WRAP_UP: 'End the session',
  DONE: null,
};

export function nextAction(phase: PracticePhase): string | null {
  return NEXT_ACTION[phase];
}

/** Minutes before a phase's planned end when everyone is warned. */
export const WARNING_MINUTES = 5;

/** "12:05" for milliseconds left (never negative; over time shows as 0:00). */
export function countdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** The warning to announce once the phase has WARNING_MINUTES or less left, else null. */
export function phaseWarning(phase: PracticePhase, msLeft: number | null): string | null {
  if (msLeft === null || msLeft > WARNING_MINUTES * 60_000) return null;
  if (msLeft <= 0) return `${PHASE_LABELS[phase]} time is up.`;
  return `${WARNING_MINUTES} minutes or less left in the ${PHASE_LABELS[phase].toLowerCase()}.`;
}
