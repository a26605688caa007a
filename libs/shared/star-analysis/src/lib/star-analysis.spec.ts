import { analyseStarAnswer } from './star-analysis';
import { starFeedback, StarCriterion } from './star-feedback';
import { LABELLED_ANSWERS } from './labelled-answers';
import { measureAccuracy } from './star-accuracy';

const LEVELS: [string, string, string, string] = [
  'Missing, or a hypothetical ("I would…") instead of a real example.',
  'Vague, or "we" only: the student’s own part is unclear.',
  'Specific, with personal ownership and a stated result.',
  'Specific and quantified, with the trade-offs made or what was learned.',
];
const RUBRIC: StarCriterion[] = [
  { part: 'S', name: 'Situation', descriptors: LEVELS },
  { part: 'T', name: 'Task', descriptors: LEVELS },
  { part: 'A', name: 'Action', descriptors: LEVELS },
  { part: 'R', name: 'Result', descriptors: LEVELS },
];
const text = (id: string) => (LABELLED_ANSWERS.find((a) => a.id === id)?.sentences ?? []).map(([, s]) => s).join(' ');

describe('analyseStarAnswer', () => {
  it('reads a complete answer as all four parts, owned and quantified', () => {
    const a = analyseStarAnswer(text('checkout-funnel'));
    expect(a.sentences.map((s) => s.part)).toEqual(['S', 'S', 'T', 'A', 'R']);
    expect(a.quantifiedResult).toBe(true);
    expect(a.ownership.i).toBeGreaterThan(0);
    expect(a.ownership.we).toBe(0);
    expect(a.hypothetical).toBe(false);
    const f = starFeedback(a, RUBRIC);
    expect(f.parts.find((p) => p.part === 'R')).toMatchObject({ level: 4, descriptor: LEVELS[3], missing: false });
    expect(f.notes).toEqual([]);
  });

  it('says when the actions are told with "we" only, in the rubric’s words; the rewrite target is the weakest part', () => {
    const a = analyseStarAnswer(text('we-only-hackathon'));
    expect(a.ownership.i).toBe(0);
    expect(a.ownership.we).toBeGreaterThanOrEqual(2);
    const f = starFeedback(a, RUBRIC);
    expect(f.parts.find((p) => p.part === 'A')).toMatchObject({ level: 2, descriptor: LEVELS[1] });
    // The answer has no task at all (level 1), which is weaker than "we" actions (level 2).
    expect(f.parts.find((p) => p.part === 'T')).toMatchObject({ level: 1, missing: true });
    expect(f.rewrite?.part).toBe('T');
    expect(f.notes.join(' ')).toMatch(/"we" \d+ times and "I" 0/);
    expect(f.notes.join(' ')).toMatch(/no number/);
  });

  it('flags a hypothetical answer and scores its actions at level 1', () => {
    const a = analyseStarAnswer(text('hypothetical'));
    expect(a.hypothetical).toBe(true);
    expect(a.sentences[0].part).toBeNull(); // "That's a good question." is no part of the story
    const f = starFeedback(a, RUBRIC);
    expect(f.parts.find((p) => p.part === 'A')?.level).toBe(1);
    expect(f.notes[0]).toMatch(/what you would do/);
  });

  it('names the missing result and makes it the rewrite target', () => {
    const a = analyseStarAnswer(text('no-result'));
    expect(a.parts.R.present).toBe(false);
    const f = starFeedback(a, RUBRIC);
    expect(f.parts.find((p) => p.part === 'R')).toMatchObject({ missing: true, level: 1, descriptor: LEVELS[0] });
    expect(f.rewrite).toMatchObject({ part: 'R', name: 'Result' });
    expect(f.rewrite?.suggestion).toMatch(/outcome/);
  });

  it('counts filler words, and "like" only where it is set off', () => {
    const a = analyseStarAnswer(text('fillers-volunteer'));
    expect(Object.fromEntries(a.fillers.map((f) => [f.word, f.count]))).toEqual({ um: 1, like: 1, 'you know': 1, basically: 1, 'kind of': 1 });
    expect(analyseStarAnswer('I would like to talk about a project I like.').fillerCount).toBe(0);
  });

  it('measures pace from the recording when its length is known, and the limit', () => {
    const answer = text('library-shifts');
    const typed = analyseStarAnswer(answer, { limitSeconds: 10 });
    expect(typed.speakingTimeEstimated).toBe(true);
    expect(typed.speakingSeconds).toBe(Math.round((typed.words / 150) * 60));
    expect(typed.overLimit).toBe(true);
    expect(starFeedback(typed, RUBRIC).notes.join(' ')).toMatch(/limit of 10 s/);
    const spoken = analyseStarAnswer(answer, { spokenSeconds: 30, limitSeconds: 120 });
    expect(spoken).toMatchObject({ speakingSeconds: 30, speakingTimeEstimated: false, overLimit: false });
    expect(spoken.wordsPerMinute).toBe(Math.round(spoken.words * 2));
  });

  it('gives nothing for an empty answer, and the same reading for the same text', () => {
    const empty = analyseStarAnswer('');
    expect(empty.sentences).toEqual([]);
    expect(starFeedback(empty, RUBRIC).parts.every((p) => p.missing && p.level === 1)).toBe(true);
    expect(analyseStarAnswer(text('club-budget'))).toEqual(analyseStarAnswer(text('club-budget')));
  });
});

describe('measureAccuracy', () => {
  it('compares every aligned sentence with its hand label', () => {
    const report = measureAccuracy(LABELLED_ANSWERS);
    const aligned = LABELLED_ANSWERS.filter((a) => !report.misaligned.includes(a.id)).reduce((n, a) => n + a.sentences.length, 0);
    expect(report.sentences).toBe(aligned);
    expect(report.perPart.reduce((n, p) => n + p.support, 0)).toBe(aligned);
    expect(report.accuracy).toBeGreaterThan(0);
  });
});
