import winkNLP, { type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { CUES, FILLERS, HYPOTHETICAL, NONE_CUES, Part, PARTS } from './star-cues';
import { Label, labelSequence } from './star-sequence';

export interface StarSentence {
  readonly text: string;
  readonly part: Label;
}

export interface StarPartSummary {
  readonly present: boolean;
  readonly sentences: number;
  readonly words: number;
}

export interface StarAnalysis {
  readonly sentences: readonly StarSentence[];
  readonly parts: Readonly<Record<Part, StarPartSummary>>;
  /** First-person actions told with "I" and with "we" (in the sentences read as Action). */
  readonly ownership: { readonly i: number; readonly we: number };
  /** The result carries a number: a percentage, an amount, a count or a duration. */
  readonly quantifiedResult: boolean;
  /** Parts of the answer say what the student would do rather than what they did. */
  readonly hypothetical: boolean;
  readonly fillers: readonly { readonly word: string; readonly count: number }[];
  readonly fillerCount: number;
  readonly words: number;
  /** Measured from the recording when its length is given, else estimated at a speaking pace. */
  readonly speakingSeconds: number;
  readonly speakingTimeEstimated: boolean;
  readonly wordsPerMinute: number | null;
  readonly limitSeconds: number | null;
  readonly overLimit: boolean;
}

export interface StarAnalysisOptions {
  /** The practice set's time for the answer, in seconds. */
  readonly limitSeconds?: number;
  /** The recording's length in seconds, when the answer was spoken. */
  readonly spokenSeconds?: number;
}

/** A typical interview speaking pace (words per minute), for answers that were typed. */
export const SPEAKING_PACE = 150;

type Nlp = ReturnType<typeof winkNLP>;
let loaded: Nlp | undefined;
/** The model ships in its npm package; it is read once per process or page, on first use. */
function nlp(): Nlp {
  loaded ??= winkNLP(model);
  return loaded;
}

const QUANTITY = new Set(['PERCENT', 'MONEY', 'CARDINAL', 'DURATION', 'TIME']);
const STATE_VERBS = new Set(['be', 'have', 'need', 'want', 'get', 'do', 'feel', 'think', 'know', 'seem']);

interface SentenceFacts {
  text: string;
  words: number;
  scores: Record<Part, number>;
  none: number;
  firstPerson: { i: number; we: number };
  quantified: boolean;
}

function readSentences(text: string): SentenceFacts[] {
  const engine = nlp();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const facts: SentenceFacts[] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const raw = sentence.out().trim();
    if (raw === '') return;
    const lower = raw.toLowerCase();
    const pos = sentence.tokens().out(its.pos) as string[];
    const normal = sentence.tokens().out(its.normal) as string[];
    // wink-nlp's typings give its.lemma a three-argument signature that out() does not accept; at run
    // time out(its.lemma) is documented and returns one lemma per token.
    const lemma = sentence.tokens().out(its.lemma as unknown as typeof its.normal) as string[];
    const entities = sentence.entities().out(its.type) as string[];
    const scores = { S: 0, T: 0, A: 0, R: 0 } as Record<Part, number>;
    for (const part of PARTS) for (const c of CUES[part]) if (c.pattern.test(lower)) scores[part] += c.weight;
    const none = NONE_CUES.reduce((sum, c) => sum + (c.pattern.test(lower) ? c.weight : 0), 0);

    // A first-person subject followed (within two words) by a verb in the past tense is an action.
    const firstPerson = { i: 0, we: 0 };
    for (let k = 0; k < pos.length; k++) {
      if (pos[k] !== 'PRON' || (normal[k] !== 'i' && normal[k] !== 'we')) continue;
      for (let j = k + 1; j <= k + 3 && j < pos.length; j++) {
        if (pos[j] === 'VERB' && normal[j] !== lemma[j] && !STATE_VERBS.has(lemma[j])) {
          firstPerson[normal[k] === 'i' ? 'i' : 'we'] += 1;
          break;
        }
        if (pos[j] !== 'ADV' && pos[j] !== 'AUX' && pos[j] !== 'PART') break;
      }
    }
    scores.A += Math.min(firstPerson.i, 2) * 0.6 + Math.min(firstPerson.we, 2) * 0.4;

    const quantified = entities.some((t) => QUANTITY.has(t)) || /\d/.test(lower);
    if (entities.includes('PERCENT') || entities.includes('MONEY')) scores.R += 0.7;
    if (entities.includes('DATE')) scores.S += 0.5;
    const words = pos.filter((p) => p !== 'PUNCT' && p !== 'SYM' && p !== 'SPACE').length;
    facts.push({ text: raw, words, scores, none, firstPerson, quantified });
  });
  return facts;
}

/** Where a sentence stands in the answer nudges it: context comes first, the outcome last. */
function addPositionPrior(facts: SentenceFacts[]): void {
  const n = facts.length;
  facts.forEach((f, i) => {
    const p = n === 1 ? 0.5 : i / (n - 1);
    f.scores.S += 0.9 * (1 - p) ** 2;
    f.scores.R += 0.9 * p ** 2;
    f.scores.A += 0.3 * (1 - Math.abs(p - 0.55) * 2);
  });
}

function countFillers(text: string) {
  const lower = text.toLowerCase();
  return FILLERS.map((f) => ({ word: f.word, count: lower.match(f.pattern)?.length ?? 0 })).filter((f) => f.count > 0);
}

/** Reads an answer, typed or transcribed, as a STAR answer. Pure: the same text gives the same result. */
export function analyseStarAnswer(text: string, options: StarAnalysisOptions = {}): StarAnalysis {
  const facts = readSentences(text);
  addPositionPrior(facts);
  const labels = labelSequence(facts.map((f) => f.scores), facts.map((f) => f.none));
  const sentences = facts.map((f, i) => ({ text: f.text, part: labels[i] }));
  const parts = Object.fromEntries(
    PARTS.map((part) => {
      const mine = facts.filter((_, i) => labels[i] === part);
      return [part, { present: mine.length > 0, sentences: mine.length, words: mine.reduce((s, f) => s + f.words, 0) }];
    }),
  ) as Record<Part, StarPartSummary>;
  const actions = facts.filter((_, i) => labels[i] === 'A');
  const ownership = actions.reduce((o, f) => ({ i: o.i + f.firstPerson.i, we: o.we + f.firstPerson.we }), { i: 0, we: 0 });
  const words = facts.reduce((s, f) => s + f.words, 0);
  const fillers = countFillers(text);
  const spoken = options.spokenSeconds !== undefined && options.spokenSeconds > 0;
  const speakingSeconds = spoken ? (options.spokenSeconds as number) : Math.round((words / SPEAKING_PACE) * 60);
  const limitSeconds = options.limitSeconds ?? null;
  return {
    sentences,
    parts,
    ownership,
    quantifiedResult: facts.some((f, i) => labels[i] === 'R' && f.quantified),
    hypothetical: HYPOTHETICAL.test(text.toLowerCase()),
    fillers,
    fillerCount: fillers.reduce((s, f) => s + f.count, 0),
    words,
    speakingSeconds,
    speakingTimeEstimated: !spoken,
    wordsPerMinute: spoken ? Math.round((words / (options.spokenSeconds as number)) * 60) : null,
    limitSeconds,
    overLimit: limitSeconds !== null && speakingSeconds > limitSeconds,
  };
}
