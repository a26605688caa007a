import { minutesToTime, nextRange, readRangeMessage, timeToMinutes, toDays, toWeeklyRanges } from './hours';

describe('weekly hours conversion', () => {
  it('turns times into minutes after midnight, with 00:00 as an end meaning midnight', () => {
    expect(timeToMinutes('09:30')).toBe(570);
    expect(timeToMinutes('00:00')).toBe(0);
    expect(timeToMinutes('00:00', true)).toBe(1440);
    expect(timeToMinutes('23:55', true)).toBe(1435);
    expect(timeToMinutes('')).toBeNull();
    expect(timeToMinutes('24:00')).toBeNull();
    expect(timeToMinutes('9:30')).toBeNull();
  });

  it('turns minutes back into times', () => {
    expect(minutesToTime(570)).toBe('09:30');
    expect(minutesToTime(0)).toBe('00:00');
    expect(minutesToTime(1440)).toBe('00:00');
    expect(minutesToTime(1435)).toBe('23:55');
  });

  it('shows the API’s ranges as seven days, each in time order', () => {
    const days = toDays([
      { weekday: 3, startMinute: 780, endMinute: 1020 },
      { weekday: 1, startMinute: 540, endMinute: 720 },
      { weekday: 3, startMinute: 540, endMinute: 720 },
      { weekday: 7, startMinute: 1200, endMinute: 1440 },
    ]);
    expect(days.map((d) => d.name)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(days.map((d) => d.ranges.map((r) => `${r.start}-${r.end}`))).toEqual([
      ['09:00-12:00'],
      [],
      ['09:00-12:00', '13:00-17:00'],
      [],
      [],
      [],
      ['20:00-00:00'],
    ]);
  });

  it('round-trips: what the editor shows is what it saves', () => {
    const weekly = [
      { weekday: 1, startMinute: 540, endMinute: 720 },
      { weekday: 3, startMinute: 540, endMinute: 720 },
      { weekday: 3, startMinute: 780, endMinute: 1020 },
      { weekday: 7, startMinute: 1200, endMinute: 1440 },
    ];
    const { ranges, problems } = toWeeklyRanges(toDays(weekly));
    expect(ranges).toEqual(weekly);
    expect(problems.size).toBe(0);
  });

  it('remembers where each saved range came from and reports ranges missing a time', () => {
    const days = toDays([]);
    days[0].ranges = [{ key: 1, start: '09:00', end: '12:00' }];
    days[1].ranges = [
      { key: 2, start: '', end: '12:00' },
      { key: 3, start: '14:00', end: '10:00' },
    ];
    const { ranges, origins, problems } = toWeeklyRanges(days);
    // An end before the start is sent as it is: the API says what is wrong with it.
    expect(ranges).toEqual([
      { weekday: 1, startMinute: 540, endMinute: 720 },
      { weekday: 2, startMinute: 840, endMinute: 600 },
    ]);
    expect(origins).toEqual([
      { weekday: 1, key: 1 },
      { weekday: 2, key: 3 },
    ]);
    expect([...problems]).toEqual([[2, 'Enter a start and an end time.']]);
  });

  it('suggests office hours on an empty day and the next hour after the last range', () => {
    const [monday] = toDays([{ weekday: 1, startMinute: 540, endMinute: 720 }]);
    expect(nextRange({ ...monday, ranges: [] })).toMatchObject({ start: '09:00', end: '17:00' });
    expect(nextRange(monday)).toMatchObject({ start: '12:00', end: '13:00' });
    expect(nextRange({ ...monday, ranges: [{ key: 9, start: '22:00', end: '00:00' }] })).toMatchObject({ start: '23:00', end: '00:00' });
  });

  it('reads the range index from the API’s field and drops the prefix from its message', () => {
    expect(readRangeMessage('ranges.3', 'ranges.3: start (10:00) must be before end (09:00)')).toEqual({
      index: 3,
      message: 'start (10:00) must be before end (09:00)',
    });
    expect(readRangeMessage('coachId', 'nope')).toBeNull();
  });
});
