import { ProgressModel } from './progress.model';
import { summarize } from './progress.summary';

const base: ProgressModel = {
  studentId: 's',
  studentName: 'Sam',
  series: [],
  items: { total: 0, done: 0, due: 0, doneOfDue: 0, overdue: 0 },
  confidence: [],
  upcoming: [],
  selfReviews: [],
  summary: '',
};

describe('progress summary', () => {
  it('says when there is nothing yet', () => {
    expect(summarize(base)).toBe('No shared evaluations yet. Plan: 0 of 0 items done. No upcoming sessions.');
  });

  it('describes trends, self-ratings, items, confidence and upcoming sessions', () => {
    const text = summarize({
      ...base,
      series: [
        {
          rubricKey: 'coding',
          rubricName: 'Coding',
          criterionKey: 'testing',
          criterionName: 'Testing',
          points: [
            { at: new Date('2026-01-01'), bookingId: 'a', coachScore: 2, selfScore: null },
            { at: new Date('2026-02-01'), bookingId: 'b', coachScore: 3, selfScore: 4 },
          ],
        },
      ],
      items: { total: 4, done: 2, due: 3, doneOfDue: 2, overdue: 1 },
      confidence: [
        { on: '2026-01-01', average: 2 },
        { on: '2026-02-01', average: 3.5 },
      ],
      upcoming: [{ bookingId: 'c', startsAt: new Date(), sessionTypeName: 'Coding', coachName: 'Priya' }],
    });
    expect(text).toBe(
      '2 evaluated sessions. Testing (Coding): up from 2 to 3 (you rated yourself 4). Plan: 2 of 4 items done, 2 of 3 due so far, 1 overdue. Journal confidence went from 2 to 3.5 out of 5. 1 upcoming session.',
    );
  });

  it('counts the practice self-reviews and reads the latest', () => {
    const text = summarize({ ...base, selfReviews: [{ bookingId: 'a', on: '2026-01-01', done: 2, total: 6 }, { bookingId: 'b', on: '2026-02-01', done: 5, total: 6 }] });
    expect(text).toContain('2 practice self-reviews; the latest: 5 of 6 checklist items.');
  });
});
