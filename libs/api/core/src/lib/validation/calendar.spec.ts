import { calendarDateProblem, dateTimeProblem, parseDateTime } from './calendar';

describe('dateTimeProblem (the strict DateTime)', () => {
  it.each(['2026-03-02T15:30:00Z', '2026-03-02T09:30:00-06:00', '2026-03-02T15:30Z', '2024-02-29T00:00:00.123+05:30', '1900-01-01T00:00:00Z'])(
    'accepts %s',
    (text) => expect(dateTimeProblem(text)).toBeUndefined(),
  );

  it.each([
    ['no zone', '2026-03-02T15:30:00'],
    ['a date only', '2026-03-02'],
    ['a bare number', 1767225600000],
    ['a numeric string', '1767225600000'],
    ['February 30', '2026-02-30T10:00:00Z'],
    ['February 29 of a common year', '2026-02-29T10:00:00Z'],
    ['month 13', '2026-13-01T10:00:00Z'],
    ['hour 24', '2026-03-02T24:00:00Z'],
    ['year 0000', '0000-01-01T00:00:00Z'],
    ['year 9999', '9999-12-31T23:59:59Z'],
    ['JavaScript’s maximum', '+275760-09-13T00:00:00.000Z'],
    ['an offset beyond ±14:00', '2026-03-02T10:00:00+23:00'],
    ['a space instead of T', '2026-03-02 10:00:00Z'],
    ['words', 'tomorrow'],
    ['null', null],
  ])('refuses %s', (_label, value) => {
    expect(dateTimeProblem(value)).toEqual(expect.stringMatching(/^must /));
  });

  it('parses to the instant the offset says', () => {
    expect(parseDateTime('2026-03-02T09:30:00-06:00').toISOString()).toBe('2026-03-02T15:30:00.000Z');
  });
});

describe('calendarDateProblem', () => {
  it.each(['2026-03-02', '2024-02-29', '2200-12-31'])('accepts %s', (text) => expect(calendarDateProblem(text)).toBeUndefined());

  it.each(['2026-02-30', '2026-02-29', '2026-13-01', '2026-00-10', '0000-01-01', '9999-01-01', '2026-3-2', '2026-03-02T00:00:00Z', 20260302])(
    'refuses %p',
    (value) => expect(calendarDateProblem(value)).toEqual(expect.stringMatching(/^must /)),
  );
});
