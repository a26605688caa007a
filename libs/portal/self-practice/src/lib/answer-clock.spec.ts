import { journalSummary, readClock } from './answer-clock';

describe('readClock', () => {
  it('counts down and says when 30 seconds are left and when time is up, once each', () => {
    expect(readClock(120, 0)).toMatchObject({ text: '2:00', announcement: null, over: false });
    expect(readClock(120, 89.6)).toMatchObject({ text: '0:31', announcement: null });
    expect(readClock(120, 90.2)).toMatchObject({ text: '0:30', announcement: '30 seconds left.' });
    expect(readClock(120, 120)).toMatchObject({ text: '0:00', announcement: 'Time is up. Finish your sentence and stop.', over: false });
    expect(readClock(120, 135)).toMatchObject({ text: '-0:15', announcement: null, over: true });
  });

  it('does not announce 30 seconds left on a limit of 30 seconds or less', () => {
    expect(readClock(30, 0).announcement).toBeNull();
  });
});

describe('journalSummary', () => {
  it('names each part with its level', () => {
    expect(journalSummary([{ name: 'Situation', level: 3 }, { name: 'Result', level: 1 }], 120, 48)).toBe(
      'Practised a behavioral answer on my own: 120 words, about 0:48 spoken (STAR check: Situation 3/4, Result 1/4).',
    );
  });
});
