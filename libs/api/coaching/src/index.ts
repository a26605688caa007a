export * from './lib/coaching.module';
export * from './lib/coaching.access';
export * from './lib/rubrics/rubric-defaults';
export * from './lib/rubrics/rubrics.service';
export * from './lib/progress/progress.model';
export * from './lib/progress/progress.service';
export * from './lib/progress/progress.summary';
export * from './lib/evaluations/live-evaluation.service';
export { CriterionScoreInput, StarEntryInput } from './lib/evaluations/evaluation.inputs';
