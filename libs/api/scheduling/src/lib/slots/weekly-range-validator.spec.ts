import { validateOverrides, validateWeeklyRanges } from './index';

describe('validateWeeklyRanges', () => {
  it('accepts well-formed ranges, including touching ones and 24:00', () => {
    expect(
      validateWeeklyRanges([
        { weekday: 1, startMinute: 540, endMinute: 720 },
        { weekday: 1, startMinute: 720, endMinute: 780 },
        { weekday: 1, startMinute: 1320, endMinute: 1440 },
        { weekday: 7, startMinute: 0, endMinute: 5 },
      ]),
    ).toEqual([]);
  });

  it('catches overlaps within a weekday only, on the later entry, citing the day and both times', () => {
    expect(
      validateWeeklyRanges([
        { weekday: 2, startMinute: 600, endMinute: 720 },
        { weekday: 2, startMinute: 540, endMinute: 660 },
        { weekday: 3, startMinute: 540, endMinute: 660 },
      ]),
    ).toEqual([{ index: 0, message: 'Tuesday 09:00–11:00 overlaps 10:00–12:00' }]);
  });

  it('reports a range nested in another and each pair once', () => {
    const problems = validateWeeklyRanges([
      { weekday: 5, startMinute: 480, endMinute: 1020 },
      { weekday: 5, startMinute: 600, endMinute: 660 },
      { weekday: 5, startMinute: 900, endMinute: 960 },
    ]);
    expect(problems.map((p) => p.index)).toEqual([1, 2]);
  });

  it.each([
    [{ weekday: 0, startMinute: 540, endMinute: 600 }, 'weekday must be 1 (Monday) to 7 (Sunday)'],
    [{ weekday: 8, startMinute: 540, endMinute: 600 }, 'weekday must be 1 (Monday) to 7 (Sunday)'],
    [{ weekday: 1.5, startMinute: 540, endMinute: 600 }, 'weekday must be 1 (Monday) to 7 (Sunday)'],
    [{ weekday: 1, startMinute: -5, endMinute: 600 }, 'Monday: times must lie between 00:00 and 24:00'],
    [{ weekday: 1, startMinute: 540, endMinute: 1445 }, 'Monday: times must lie between 00:00 and 24:00'],
    [{ weekday: 1, startMinute: 600, endMinute: 600 }, 'Monday: start (10:00) must be before end (10:00)'],
    [{ weekday: 1, startMinute: 660, endMinute: 600 }, 'Monday: start (11:00) must be before end (10:00)'],
    [{ weekday: 1, startMinute: 541, endMinute: 600 }, 'Monday: times must be multiples of 5 minutes'],
    [{ weekday: 1, startMinute: 540, endMinute: 598 }, 'Monday: times must be multiples of 5 minutes'],
    [{ weekday: 1, startMinute: 540.5, endMinute: 600 }, 'Monday: start and end must be whole minutes'],
  ])('rejects %o', (range, message) => {
    expect(validateWeeklyRanges([{ weekday: 4, startMinute: 0, endMinute: 60 }, range])).toEqual([{ index: 1, message }]);
  });
});

describe('validateOverrides', () => {
  it('accepts days off and extra hours on real dates', () => {
    expect(
      validateOverrides([
        { date: '2026-06-10', kind: 'DAY_OFF' },
        { date: '2026-06-13', kind: 'EXTRA', startMinute: 600, endMinute: 720 },
        { date: '2026-06-13', kind: 'EXTRA', startMinute: 720, endMinute: 780 },
      ]),
    ).toEqual([]);
  });

  it('catches bad dates, missing or bad hours, overlaps and extra hours on a day off', () => {
    expect(
      validateOverrides([
        { date: '2026-02-29', kind: 'DAY_OFF' },
        { date: '2026-06-13', kind: 'EXTRA' },
        { date: '2026-06-13', kind: 'EXTRA', startMinute: 600, endMinute: 720 },
        { date: '2026-06-13', kind: 'EXTRA', startMinute: 700, endMinute: 760 },
        { date: '2026-06-10', kind: 'DAY_OFF' },
        { date: '2026-06-10', kind: 'EXTRA', startMinute: 600, endMinute: 660 },
        { date: '13/06/2026', kind: 'DAY_OFF' },
      ]),
    ).toEqual([
      { index: 0, message: '"2026-02-29" is not a date (YYYY-MM-DD)' },
      { index: 1, message: '2026-06-13: start and end must be whole minutes' },
      { index: 3, message: '2026-06-13 10:00–12:00 overlaps 11:40–12:40' },
      { index: 5, message: '2026-06-10 is marked as a day off' },
      { index: 6, message: '"13/06/2026" is not a date (YYYY-MM-DD)' },
    ]);
  });
});
