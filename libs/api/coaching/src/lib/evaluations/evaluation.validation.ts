import { BadInputError } from '@debrief/api/core';
import { RUBRIC_SCALE, StarPart } from '@debrief/shared/domain';
import { CriterionNotInRubricError, IncompleteEvaluationError, ScoreOutOfScaleError } from '../coaching.errors';
import { RubricVersionModel } from '../rubrics/rubric.model';
import { CriterionScoreInput, EvaluationContentInput } from './evaluation.inputs';

const STAR_FIELD: Record<StarPart, 'situation' | 'task' | 'action' | 'result'> = {
  [StarPart.Situation]: 'situation',
  [StarPart.Task]: 'task',
  [StarPart.Action]: 'action',
  [StarPart.Result]: 'result',
};

const isWholeInScale = (n: number | null | undefined) => typeof n === 'number' && Number.isInteger(n) && n >= RUBRIC_SCALE.min && n <= RUBRIC_SCALE.max;

/** Scores against a rubric: each criterion of the rubric, once, whole and on the scale. */
export function checkScores(rubric: RubricVersionModel, scores: CriterionScoreInput[]): CriterionScoreInput[] {
  const ids = new Set(rubric.criteria.map((c) => c.id));
  const seen = new Set<string>();
  scores.forEach((s, i) => {
    if (!ids.has(s.criterionId)) throw new CriterionNotInRubricError(`scores.${i}.criterionId`);
    if (!isWholeInScale(s.score)) throw new ScoreOutOfScaleError(`scores.${i}.score`);
    if (seen.has(s.criterionId)) throw new BadInputError(`scores.${i}.criterionId`, `scores.${i}.criterionId: is scored twice`);
    seen.add(s.criterionId);
  });
  return scores;
}

/** Checks the content against the rubric; STAR parts are derived from the answers when there are any. */
export function validateContent(rubric: RubricVersionModel, input: EvaluationContentInput) {
  const given = checkScores(rubric, input.scores ?? []);
  const entries = input.starEntries ?? [];
  if (entries.length && !rubric.starEntries) throw new BadInputError('starEntries', 'starEntries: this rubric does not score STAR answers');
  entries.forEach((e, i) => {
    for (const part of ['situation', 'task', 'action', 'result'] as const) {
      if (!isWholeInScale(e[part])) throw new ScoreOutOfScaleError(`starEntries.${i}.${part}`);
    }
  });
  if (input.recommendation != null && !isWholeInScale(input.recommendation)) throw new ScoreOutOfScaleError('recommendation');
  const scores = new Map(given.map((s) => [s.criterionId, { criterionId: s.criterionId, score: s.score as number, note: s.note ?? '' }]));
  if (entries.length) {
    for (const c of rubric.criteria) {
      if (!c.starPart) continue;
      const field = STAR_FIELD[c.starPart as StarPart];
      const mean = Math.round((entries.reduce((sum, e) => sum + e[field], 0) / entries.length) * 10) / 10;
      scores.set(c.id, { criterionId: c.id, score: mean, note: scores.get(c.id)?.note ?? '' });
    }
  }
  const areas = (input.areasForImprovement ?? []).map((a) => a.trim()).filter(Boolean);
  return {
    scores: [...scores.values()],
    starEntries: entries,
    questions: input.questions ?? [],
    fields: {
      recommendation: input.recommendation ?? null,
      strengths: input.strengths ?? '',
      areasForImprovement: areas,
      privateNotes: input.privateNotes ?? '',
    },
  };
}

export type EvaluationContent = ReturnType<typeof validateContent>;

/** Sharing needs every criterion scored, and at least one STAR answer on a STAR rubric. */
export function assertComplete(rubric: RubricVersionModel, scores: { criterionId: string }[], entries: number): void {
  if (rubric.starEntries && entries === 0) throw new IncompleteEvaluationError('starEntries', 'starEntries: score at least one answer before sharing');
  const missing = rubric.criteria.filter((c) => !scores.some((s) => s.criterionId === c.id));
  if (missing.length) {
    throw new IncompleteEvaluationError('scores', `scores: score every criterion before sharing (missing: ${missing.map((c) => c.name).join(', ')})`, missing.map((c) => c.id));
  }
}
