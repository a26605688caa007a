import { PHASE_ORDER, PracticePhase } from '../practice.enums';

export interface PhasePlan {
  phase: PracticePhase;
  minutes: number;
}

/** A wrap-up of this many minutes when the feedback part leaves room for it. */
export const WRAP_UP_MINUTES = 5;

/**
 * The phases of a session from its type's minutes: the interview part (the type's interview
 * minutes, else about two thirds), then feedback, then a short wrap-up taken from the feedback
 * time when there are at least 10 minutes of it.
 */
export function phasePlan(startsAt: Date, endsAt: Date, interviewMinutes: number | null): PhasePlan[] {
  const total = Math.max(1, Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000));
  const interview = Math.min(total, interviewMinutes ?? Math.round((total * 2) / 3));
  const rest = total - interview;
  const wrapUp = rest >= 2 * WRAP_UP_MINUTES ? WRAP_UP_MINUTES : 0;
  return [
    { phase: PracticePhase.Interview, minutes: interview },
    { phase: PracticePhase.Feedback, minutes: rest - wrapUp },
    { phase: PracticePhase.WrapUp, minutes: wrapUp },
  ];
}

/** The phase after this one (DONE stays DONE). */
export function nextPhase(phase: PracticePhase): PracticePhase {
  const i = PHASE_ORDER.indexOf(phase);
  return PHASE_ORDER[Math.min(i + 1, PHASE_ORDER.length - 1)];
}

/** When the current phase is planned to end (null before the start and once done). */
export function phaseEndsAt(plan: PhasePlan[], phase: PracticePhase, startedAt: Date | null): Date | null {
  const step = plan.find((p) => p.phase === phase);
  return step && startedAt ? new Date(startedAt.getTime() + step.minutes * 60_000) : null;
}
