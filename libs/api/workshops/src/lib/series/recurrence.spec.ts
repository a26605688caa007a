import { customOccurrences, shiftLike, skipClosures, weeklyOccurrences } from './recurrence';

const ZONE = 'America/New_York';
const at = (iso: string) => new Date(iso);

describe('workshop recurrence', () => {
  it('repeats a Tuesday 4 pm weekly, keeping 4 pm local across the end of daylight saving', () => {
    // 2026-10-27 16:00 EDT (UTC-4); DST ends 2026-11-01, so 11-03 is 16:00 EST (UTC-5).
    const occ = weeklyOccurrences({ start: at('2026-10-27T20:00:00Z'), end: at('2026-10-27T21:30:00Z') }, 3, ZONE);
    expect(occ.map((o) => o.start.toISOString())).toEqual(['2026-10-27T20:00:00.000Z', '2026-11-03T21:00:00.000Z', '2026-11-10T21:00:00.000Z']);
    expect(occ.map((o) => (o.end.getTime() - o.start.getTime()) / 60_000)).toEqual([90, 90, 90]);
  });

  it('skips occurrences whose local date is in a closure, and says which closure', () => {
    const occ = weeklyOccurrences({ start: at('2026-11-17T21:00:00Z'), end: at('2026-11-17T22:00:00Z') }, 3, ZONE);
    const { kept, skipped } = skipClosures(occ, [{ startDate: '2026-11-23', endDate: '2026-11-27', reason: 'Thanksgiving break' }], ZONE);
    expect(kept.map((o) => o.start.toISOString())).toEqual(['2026-11-17T21:00:00.000Z', '2026-12-01T21:00:00.000Z']);
    expect(skipped).toEqual([{ start: at('2026-11-24T21:00:00Z'), end: at('2026-11-24T22:00:00Z'), reason: 'Thanksgiving break' }]);
  });

  it('compares the local date, not the UTC date (9 pm local is already tomorrow in UTC)', () => {
    const late = { start: at('2026-11-24T02:00:00Z'), end: at('2026-11-24T03:00:00Z') }; // 11-23 21:00 local
    expect(skipClosures([late], [{ startDate: '2026-11-24', endDate: '2026-11-24', reason: 'x' }], ZONE).kept).toHaveLength(1);
    expect(skipClosures([late], [{ startDate: '2026-11-23', endDate: '2026-11-23', reason: 'x' }], ZONE).kept).toHaveLength(0);
  });

  it('builds custom dates with the first duration, sorted, without duplicating the first', () => {
    const first = { start: at('2026-12-01T15:00:00Z'), end: at('2026-12-01T16:00:00Z') };
    const occ = customOccurrences(first, [at('2026-12-09T15:00:00Z'), at('2026-12-01T15:00:00Z'), at('2026-12-03T18:00:00Z')]);
    expect(occ.map((o) => [o.start.toISOString(), o.end.toISOString()])).toEqual([
      ['2026-12-01T15:00:00.000Z', '2026-12-01T16:00:00.000Z'],
      ['2026-12-03T18:00:00.000Z', '2026-12-03T19:00:00.000Z'],
      ['2026-12-09T15:00:00.000Z', '2026-12-09T16:00:00.000Z'],
    ]);
  });

  it('moves later occurrences like the edited one: same day shift, new local time and duration', () => {
    const before = { start: at('2026-10-27T20:00:00Z'), end: at('2026-10-27T21:00:00Z') }; // Tue 16:00 EDT
    const after = { start: at('2026-10-28T21:30:00Z'), end: at('2026-10-28T23:00:00Z') }; // Wed 17:30 EDT, 90 min
    const later = { start: at('2026-11-03T21:00:00Z'), end: at('2026-11-03T22:00:00Z') }; // Tue 16:00 EST
    expect(shiftLike(later, before, after, ZONE)).toEqual({ start: at('2026-11-04T22:30:00Z'), end: at('2026-11-05T00:00:00Z') });
  });
});
