import { groupByDay } from './schedule-days';
import { scheduleView, stepView, viewWindow } from './schedule-view';

describe('schedule views', () => {
  it('shows the week around a date by default, and a single day on request', () => {
    expect(scheduleView(undefined, '2026-11-25', '2026-11-21')).toMatchObject({
      mode: 'week',
      anchor: '2026-11-23',
      title: 'Week of Monday 23 November 2026',
    });
    expect(scheduleView('day', undefined, '2026-11-21')).toEqual({
      mode: 'day',
      anchor: '2026-11-21',
      dates: ['2026-11-21'],
      title: 'Saturday 21 November 2026',
    });
    expect(scheduleView('week', 'garbage', '2026-11-21').anchor).toBe('2026-11-16');
  });

  it('steps a day or a week', () => {
    expect(stepView(scheduleView('day', '2026-11-30', '2026-11-21'), 1)).toBe('2026-12-01');
    expect(stepView(scheduleView('week', '2026-11-25', '2026-11-21'), -1)).toBe('2026-11-16');
  });

  it('asks for whole local days', () => {
    expect(viewWindow(scheduleView('day', '2026-11-23', '2026-11-21'), 'America/Los_Angeles')).toEqual({
      from: '2026-11-23T08:00:00Z',
      to: '2026-11-24T08:00:00Z',
    });
  });

  it('puts sessions under the local day they start on, in time order', () => {
    const days = groupByDay(
      [{ startsAt: '2026-11-24T07:30:00Z' }, { startsAt: '2026-11-23T18:00:00Z' }, { startsAt: '2026-11-23T17:00:00Z' }],
      ['2026-11-23', '2026-11-24'],
      'America/Los_Angeles',
    );
    expect(days.map((d) => [d.heading, d.items.map((i) => i.startsAt)])).toEqual([
      ['Monday 23 November 2026', ['2026-11-23T17:00:00Z', '2026-11-23T18:00:00Z', '2026-11-24T07:30:00Z']],
      ['Tuesday 24 November 2026', []],
    ]);
  });
});
