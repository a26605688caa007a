import { isoWeekContaining, pickCoach } from './index';

describe('pickCoach', () => {
  const loads: Record<string, number> = { ana: 3, ben: 1, cho: 1, dev: 0 };
  const load = (id: string) => loads[id];

  it('chooses the least-loaded free coach and says why', () => {
    expect(pickCoach(['ana', 'ben'], load)).toEqual({ coachId: 'ben', rule: 'any coach: fewest bookings that week (1 vs 3)' });
    expect(pickCoach(['ana', 'cho', 'dev'], load).coachId).toBe('dev');
  });

  it('breaks ties by coach id, whatever the input order', () => {
    expect(pickCoach(['cho', 'ana', 'ben'], load)).toEqual({
      coachId: 'ben',
      rule: 'any coach: tied on bookings that week (1 each), first by coach id',
    });
  });

  it('handles a single free coach and refuses an empty list', () => {
    expect(pickCoach(['ana'], load)).toEqual({ coachId: 'ana', rule: 'any coach: the only coach free at that time' });
    expect(() => pickCoach([], load)).toThrow(RangeError);
  });
});

describe('isoWeekContaining', () => {
  it('is Monday 00:00 to Monday 00:00 in the coach zone, 167 hours across spring-forward', () => {
    const week = isoWeekContaining(Date.parse('2026-03-08T12:00:00Z'), 'America/New_York');
    expect(week).toEqual({ start: Date.parse('2026-03-02T05:00:00Z'), end: Date.parse('2026-03-09T04:00:00Z') });
    expect((week.end - week.start) / 3_600_000).toBe(167);
  });

  it('uses the coach’s local date: Sunday night in New York is Monday in Kolkata', () => {
    const sundayNightNY = Date.parse('2026-06-15T02:00:00Z'); // Sun 22:00 EDT, Mon 07:30 IST
    expect(isoWeekContaining(sundayNightNY, 'America/New_York').start).toBe(Date.parse('2026-06-08T04:00:00Z'));
    expect(isoWeekContaining(sundayNightNY, 'Asia/Kolkata').start).toBe(Date.parse('2026-06-14T18:30:00Z'));
  });
});
