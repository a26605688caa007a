import { PracticePhase } from '../practice.enums';
import { nextPhase, phaseEndsAt, phasePlan } from './room-clock';

const at = (iso: string) => new Date(iso);

describe('the practice room clock', () => {
  it("splits a 60-minute session by its type's interview minutes, with a 5-minute wrap-up", () => {
    expect(phasePlan(at('2026-01-05T15:00:00Z'), at('2026-01-05T16:00:00Z'), 40)).toEqual([
      { phase: PracticePhase.Interview, minutes: 40 },
      { phase: PracticePhase.Feedback, minutes: 15 },
      { phase: PracticePhase.WrapUp, minutes: 5 },
    ]);
  });

  it('takes about two thirds for the interview when the type does not say, and no wrap-up when feedback is short', () => {
    expect(phasePlan(at('2026-01-05T15:00:00Z'), at('2026-01-05T15:30:00Z'), null).map((p) => p.minutes)).toEqual([20, 5, 5]);
    expect(phasePlan(at('2026-01-05T15:00:00Z'), at('2026-01-05T15:30:00Z'), 22).map((p) => p.minutes)).toEqual([22, 8, 0]);
  });

  it('moves interview → feedback → wrap-up → done and stays done', () => {
    expect([PracticePhase.NotStarted, PracticePhase.Interview, PracticePhase.Feedback, PracticePhase.WrapUp, PracticePhase.Done].map(nextPhase)).toEqual([
      PracticePhase.Interview,
      PracticePhase.Feedback,
      PracticePhase.WrapUp,
      PracticePhase.Done,
      PracticePhase.Done,
    ]);
  });

  it("ends a phase its planned minutes after it started, and has no end before the start or once done", () => {
    const plan = phasePlan(at('2026-01-05T15:00:00Z'), at('2026-01-05T16:00:00Z'), 40);
    expect(phaseEndsAt(plan, PracticePhase.Feedback, at('2026-01-05T15:42:00Z'))).toEqual(at('2026-01-05T15:57:00Z'));
    expect(phaseEndsAt(plan, PracticePhase.NotStarted, null)).toBeNull();
    expect(phaseEndsAt(plan, PracticePhase.Done, at('2026-01-05T16:00:00Z'))).toBeNull();
  });
});
