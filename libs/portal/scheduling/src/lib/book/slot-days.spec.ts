import { groupSlotsByDay } from './slot-days';

const slot = (start: string) => ({ start, end: new Date(Date.parse(start) + 3600_000).toISOString() });
const starts = (days: ReturnType<typeof groupSlotsByDay>) => Object.fromEntries(days.map((d) => [d.date, d.slots.map((s) => s.time)]));

describe('groupSlotsByDay', () => {
  it('puts each start on its day in New York across the end of daylight saving time', () => {
    const days = groupSlotsByDay(
      [
        slot('2026-11-02T04:30:00Z'), // Sun 1 Nov 23:30 EST (would be Mon 00:30 under EDT)
        slot('2026-11-01T13:00:00Z'), // Sun 1 Nov 08:00 EST
        slot('2026-10-31T13:00:00Z'), // Sat 31 Oct 09:00 EDT
        slot('2026-10-26T03:30:00Z'), // Sun 25 Oct 23:30 EDT: the week before, dropped
      ],
      '2026-10-26',
      'America/New_York',
    );
    expect(days.map((d) => d.date)).toEqual(['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31', '2026-11-01']);
    expect(starts(days)).toMatchObject({ '2026-10-31': ['09:00'], '2026-11-01': ['08:00', '23:30'], '2026-10-26': [] });
    expect(days[6].heading).toBe('Sunday 1 November');
  });

  it('names each slot with its day, time and zone', () => {
    const [monday] = groupSlotsByDay([slot('2026-11-23T15:00:00Z')], '2026-11-23', 'America/New_York');
    expect(monday.slots[0]).toEqual({ start: '2026-11-23T15:00:00Z', time: '10:00', label: 'Monday 23 November, 10:00 (America/New_York)' });
  });

  it('tells apart the two 01:30s of the night the clocks go back', () => {
    const days = groupSlotsByDay([slot('2026-11-01T06:30:00Z'), slot('2026-11-01T05:30:00Z')], '2026-10-26', 'America/New_York');
    expect(days[6].slots.map((s) => s.time)).toEqual(['01:30 GMT-4', '01:30 GMT-5']);
    expect(days[6].slots[1].label).toBe('Sunday 1 November, 01:30 GMT-5 (America/New_York)');
  });

  it('groups by the Kolkata date, half an hour off UTC midnight', () => {
    const days = groupSlotsByDay(
      [
        slot('2026-11-23T18:00:00Z'), // Mon 23:30 IST
        slot('2026-11-23T18:30:00Z'), // Tue 00:00 IST
        slot('2026-11-22T18:30:00Z'), // Mon 00:00 IST
      ],
      '2026-11-23',
      'Asia/Kolkata',
    );
    expect(starts(days)).toMatchObject({ '2026-11-23': ['00:00', '23:30'], '2026-11-24': ['00:00'] });
    expect(days[0].slots[1].label).toBe('Monday 23 November, 23:30 (Asia/Kolkata)');
  });

  it('marks days the center is closed', () => {
    const days = groupSlotsByDay([], '2026-11-23', 'UTC', [{ startDate: '2026-11-26', endDate: '2026-11-27', reason: 'Thanksgiving break' }]);
    expect(days.map((d) => d.closed)).toEqual([null, null, null, 'Thanksgiving break', 'Thanksgiving break', null, null]);
  });
});
