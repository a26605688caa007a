import { cutoffWarning, hoursText, insideCutoff } from './cutoff';

describe('insideCutoff', () => {
  const start = '2026-11-24T15:00:00Z';

  it('is false with more than the cutoff to go', () => {
    expect(insideCutoff(start, 24, Date.parse('2026-11-23T14:59:59Z'))).toBe(false);
  });

  it('is false at exactly the cutoff (the API refuses only below it)', () => {
    expect(insideCutoff(start, 24, Date.parse('2026-11-23T15:00:00Z'))).toBe(false);
  });

  it('is true with less than the cutoff to go, and once the session has started', () => {
    expect(insideCutoff(start, 24, Date.parse('2026-11-23T15:00:01Z'))).toBe(true);
    expect(insideCutoff(start, 24, Date.parse('2026-11-24T16:00:00Z'))).toBe(true);
  });

  it('never applies with a zero cutoff before the start', () => {
    expect(insideCutoff(start, 0, Date.parse('2026-11-24T14:59:00Z'))).toBe(false);
  });

  it('says that only staff can change it and that a missed session is a no-show', () => {
    expect(hoursText(1)).toBe('1 hour');
    expect(cutoffWarning(24)).toBe(
      'This session starts in less than 24 hours, so only career center staff can change it now. Contact them; a missed session counts as a no-show.',
    );
  });
});
