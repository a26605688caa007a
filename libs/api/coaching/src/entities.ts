/**
 * The coaching domain's tables: for the server (TypeORM's entity list), the database tooling
 * (migrations, data source), the seed and tools only. Other domains read through its services
 * in the public entry point; lint refuses this import anywhere else.
 */
export * from './lib/coaching.entities';
export * from './lib/rubrics/rubric.entity';
export * from './lib/evaluations/evaluation.entity';
export * from './lib/questions/bank-question.entity';
export * from './lib/plans/plan.entities';
export * from './lib/journal/journal-entry.entity';
