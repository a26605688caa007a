/** Every rubric criterion is scored on this 1–4 scale (a written descriptor per level). */
export const RUBRIC_SCALE = { min: 1, max: 4 } as const;

/** Journal confidence per topic. */
export const CONFIDENCE_SCALE = { min: 1, max: 5 } as const;

/** Overall recommendation of an evaluation, 1–4. */
export const RECOMMENDATION_LABELS: Readonly<Record<number, string>> = {
  1: 'Strong no',
  2: 'Lean no',
  3: 'Lean yes',
  4: 'Strong yes',
};

export enum EvaluationStatus {
  Draft = 'DRAFT',
  Shared = 'SHARED',
}

export enum PlanItemStatus {
  Todo = 'TODO',
  Doing = 'DOING',
  Done = 'DONE',
}

/** The STAR parts a behavioral answer is scored on. */
export enum StarPart {
  Situation = 'S',
  Task = 'T',
  Action = 'A',
  Result = 'R',
}

export const COACHING_LIMITS = {
  noteMax: 2000,
  textMax: 4000,
  shortMax: 200,
  listMax: 30,
  criteriaMax: 12,
} as const;
