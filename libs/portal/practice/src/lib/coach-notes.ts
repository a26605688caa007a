/** A STAR answer as the pane holds it: parts not scored yet are null. */
export interface StarDraft {
  question: string;
  competency: string;
  situation: number | null;
  task: number | null;
  action: number | null;
  result: number | null;
  notes: string;
}

export function pendingStar(question: string, competency: string): StarDraft {
  return { question, competency, situation: null, task: null, action: null, result: null, notes: '' };
}

/**
 * The pane as the draft's content: scored criteria with their notes, and the STAR answers whose
 * four parts are scored and whose question is written (the evaluation's rules for a saved answer).
 */
export function toSaveInput(sessionId: string, scores: Record<string, number | null>, notes: Record<string, string>, stars: readonly StarDraft[], privateNotes: string) {
  return {
    sessionId,
    scores: Object.entries(scores)
      .filter((e): e is [string, number] => e[1] !== null)
      .map(([criterionId, score]) => ({ criterionId, score, note: (notes[criterionId] ?? '').trim() })),
    starEntries: stars
      .filter((e) => e.question.trim() && [e.situation, e.task, e.action, e.result].every((v) => v !== null))
      .map((e) => ({
        question: e.question.trim(),
        competency: e.competency.trim(),
        situation: e.situation as number,
        task: e.task as number,
        action: e.action as number,
        result: e.result as number,
        notes: e.notes.trim(),
      })),
    privateNotes,
  };
}
