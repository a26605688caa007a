import { countdown, nextAction, phaseWarning } from './room-clock';

describe('room clock display', () => {
  it('counts down in minutes and seconds, never below zero', () => {
    expect(countdown(12 * 60_000 + 5_000)).toBe('12:05');
    expect(countdown(999)).toBe('0:01');
    expect(countdown(-3000)).toBe('0:00');
  });

  it('warns from 5 minutes before the end of a phase, and says when time is up', () => {
    expect(phaseWarning('INTERVIEW', 5 * 60_000 + 1)).toBeNull();
    expect(phaseWarning('INTERVIEW', 5 * 60_000)).toBe('5 minutes or less left in the interview.');
    expect(phaseWarning('FEEDBACK', 0)).toBe('Feedback time is up.');
    expect(phaseWarning('NOT_STARTED', null)).toBeNull();
  });

  it("names the coach's next step and has none once done", () => {
    expect(nextAction('NOT_STARTED')).toBe('Start the interview');
    expect(nextAction('WRAP_UP')).toBe('End the session');
    expect(nextAction('DONE')).toBeNull();
  });
});
