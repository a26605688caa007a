import { pendingStar, toSaveInput } from './coach-notes';

describe('coach notes → draft input', () => {
  it('keeps scored criteria with their notes and drops notes of unscored ones', () => {
    const input = toSaveInput('s1', { a: 3, b: null }, { a: ' clear ', b: 'lost' }, [], 'p');
    expect(input).toEqual({ sessionId: 's1', scores: [{ criterionId: 'a', score: 3, note: 'clear' }], starEntries: [], privateNotes: 'p' });
  });

  it('keeps STAR answers whose four parts and question are given', () => {
    const done = { ...pendingStar(' Conflict? ', 'conflict'), situation: 1, task: 2, action: 3, result: 4, notes: ' ok ' };
    const partial = { ...pendingStar('Failure?', ''), situation: 2 };
    const unnamed = { ...pendingStar('  ', ''), situation: 1, task: 1, action: 1, result: 1 };
    expect(toSaveInput('s1', {}, {}, [done, partial, unnamed], '').starEntries).toEqual([
      { question: 'Conflict?', competency: 'conflict', situation: 1, task: 2, action: 3, result: 4, notes: 'ok' },
    ]);
  });
});
