import { analyseStarAnswer } from './star-analysis';
import { Part, PARTS } from './star-cues';
import type { LabelledAnswer } from './labelled-answers';

export interface PartAccuracy {
  readonly part: Part | 'none';
  readonly precision: number;
  readonly recall: number;
  readonly support: number;
}

export interface AccuracyReport {
  readonly answers: number;
  readonly sentences: number;
  /** Answers whose sentences the NLP pass split differently from the labels (left out of the figures). */
  readonly misaligned: readonly string[];
  readonly accuracy: number;
  readonly perPart: readonly PartAccuracy[];
}

/** Compares the analyser's reading with the hand labels, sentence by sentence. */
export function measureAccuracy(answers: readonly LabelledAnswer[]): AccuracyReport {
  const pairs: [string, string][] = [];
  const misaligned: string[] = [];
  for (const answer of answers) {
    const analysis = analyseStarAnswer(answer.sentences.map(([, s]) => s).join(' '));
    if (analysis.sentences.length !== answer.sentences.length) {
      misaligned.push(answer.id);
      continue;
    }
    answer.sentences.forEach(([label], i) => pairs.push([label ?? '-', analysis.sentences[i].part ?? '-']));
  }
  const classes: (Part | 'none')[] = [...PARTS, 'none'];
  const key = (c: Part | 'none') => (c === 'none' ? '-' : c);
  const perPart = classes.map((c) => {
    const truth = pairs.filter(([t]) => t === key(c)).length;
    const said = pairs.filter(([, p]) => p === key(c)).length;
    const both = pairs.filter(([t, p]) => t === key(c) && p === key(c)).length;
    return { part: c, precision: said === 0 ? 0 : both / said, recall: truth === 0 ? 0 : both / truth, support: truth };
  });
  const right = pairs.filter(([t, p]) => t === p).length;
  return { answers: answers.length, sentences: pairs.length, misaligned, accuracy: pairs.length === 0 ? 0 : right / pairs.length, perPart };
}
