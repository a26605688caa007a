import type { StarAnalysis } from './star-analysis';
import { Part, PARTS } from './star-cues';

/** A STAR criterion of the center's rubric: its name and its four level descriptors (1–4). */
export interface StarCriterion {
  readonly part: Part;
  readonly name: string;
  readonly descriptors: readonly [string, string, string, string];
}

export interface StarPartFeedback {
  readonly part: Part;
  readonly name: string;
  /** The level the answer reads at, 1–4, and that level's descriptor from the rubric. */
  readonly level: 1 | 2 | 3 | 4;
  readonly descriptor: string;
  readonly missing: boolean;
}

export interface StarFeedback {
  readonly parts: readonly StarPartFeedback[];
  /** The one thing to rewrite first: the weakest part, actions and results before context. */
  readonly rewrite: { readonly part: Part; readonly name: string; readonly suggestion: string } | null;
  readonly notes: readonly string[];
}

const ADVICE: Record<Part, string> = {
  S: 'Open with one or two sentences of context: where you were, when, and what was going on.',
  T: 'Say what was yours to do: the goal, the deadline, or what you were asked for.',
  A: 'Tell the steps you took yourself, with "I": what you did first, next, and why.',
  R: 'End with the outcome: what changed, by how much (a number, a percentage, a time), and what you learned.',
};

function levelOf(part: Part, a: StarAnalysis): 1 | 2 | 3 | 4 {
  const summary = a.parts[part];
  if (!summary.present) return 1;
  if (part === 'A') {
    if (a.ownership.i === 0) return a.hypothetical ? 1 : 2;
    if (a.ownership.we > a.ownership.i) return 2;
    return summary.sentences >= 3 ? 4 : 3;
  }
  if (part === 'R') {
    if (summary.words < 6) return 2;
    return a.quantifiedResult ? 4 : 3;
  }
  return summary.words < 6 ? 2 : 3;
}

/** Feedback in the rubric's own words: each part's level and descriptor, and one rewrite target. */
export function starFeedback(analysis: StarAnalysis, rubric: readonly StarCriterion[]): StarFeedback {
  const byPart = new Map(rubric.map((c) => [c.part, c]));
  const parts = PARTS.filter((p) => byPart.has(p)).map((part) => {
    const criterion = byPart.get(part) as StarCriterion;
    const level = levelOf(part, analysis);
    return { part, name: criterion.name, level, descriptor: criterion.descriptors[level - 1], missing: !analysis.parts[part].present };
  });
  const priority: Part[] = ['A', 'R', 'S', 'T'];
  const weakest = [...parts].sort((x, y) => x.level - y.level || priority.indexOf(x.part) - priority.indexOf(y.part))[0];
  const rewrite = weakest && weakest.level < 4 ? { part: weakest.part, name: weakest.name, suggestion: ADVICE[weakest.part] } : null;
  const notes: string[] = [];
  if (analysis.hypothetical) notes.push('Parts of the answer say what you would do; tell what you did, in one real example.');
  if (analysis.ownership.we > analysis.ownership.i) notes.push(`Your actions say "we" ${analysis.ownership.we} times and "I" ${analysis.ownership.i}: make your own part clear.`);
  if (analysis.parts.R.present && !analysis.quantifiedResult) notes.push('The result has no number: how much, how many, how fast?');
  if (analysis.fillerCount > 0) notes.push(`Filler words: ${analysis.fillers.map((f) => `"${f.word}" ×${f.count}`).join(', ')}.`);
  if (analysis.overLimit && analysis.limitSeconds !== null) {
    notes.push(`About ${analysis.speakingSeconds} s against a limit of ${analysis.limitSeconds} s: shorten the situation and keep the actions.`);
  }
  return { parts, rewrite, notes };
}
