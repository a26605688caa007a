import { Part, PARTS } from './star-cues';

/** A sentence's label: one of the four parts, or none (a filler, an aside, a closing remark). */
export type Label = Part | null;

/** What going from one label to the next costs: STAR answers mostly move forward. */
function transition(from: Label, to: Label): number {
  if (from === null || to === null) return -0.4;
  const a = PARTS.indexOf(from);
  const b = PARTS.indexOf(to);
  if (b === a) return 0;
  if (b === a + 1) return -0.1;
  if (b > a) return -0.5; // a part skipped
  return -1.2; // backwards: possible (an action after the result), but rare
}

/** The score a sentence needs for any part before "none" is the better reading. */
const NONE_SCORE = 0.6;

/**
 * The most likely labels for a sequence of sentences (Viterbi over per-sentence part scores and
 * the transitions above). A sentence with no cue takes its label from its neighbours.
 */
export function labelSequence(scores: readonly Record<Part, number>[], none: readonly number[] = []): Label[] {
  if (scores.length === 0) return [];
  const labels: Label[] = [...PARTS, null];
  const emit = (i: number, l: Label) => (l === null ? NONE_SCORE + (none[i] ?? 0) : scores[i][l]);
  let best = labels.map((l) => ({ score: emit(0, l) + (l === 'S' || l === null ? 0 : -0.3), path: [l] }));
  for (let i = 1; i < scores.length; i++) {
    best = labels.map((to) => {
      let top = { score: -Infinity, path: [] as Label[] };
      for (const [k, from] of labels.entries()) {
        const s = best[k].score + transition(from, to);
        if (s > top.score) top = { score: s, path: best[k].path };
      }
      return { score: top.score + emit(i, to), path: [...top.path, to] };
    });
  }
  return best.reduce((a, b) => (b.score > a.score ? b : a)).path;
}
