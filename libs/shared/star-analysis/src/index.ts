export * from './lib/star-analysis';
export * from './lib/star-feedback';
export * from './lib/star-accuracy';
export { LABELLED_ANSWERS, type LabelledAnswer } from './lib/labelled-answers';
export type { Part } from './lib/star-cues';
export type { Label } from './lib/star-sequence';
