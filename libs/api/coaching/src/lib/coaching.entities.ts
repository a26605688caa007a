import { BankQuestionEntity } from './questions/bank-question.entity';
import {
  EvaluationEntity,
  EvaluationReadEntity,
  EvaluationRevisionEntity,
  EvaluationScoreEntity,
  SelfAssessmentEntity,
  StarEntryEntity,
} from './evaluations/evaluation.entity';
import { JournalEntryEntity } from './journal/journal-entry.entity';
import {
  ImprovementPlanEntity,
  PlanEventEntity,
  PlanGoalEntity,
  PlanItemCommentEntity,
  PlanItemEntity,
  PlanPhaseEntity,
  PlanResourceEntity,
} from './plans/plan.entities';
import { RubricCriterionEntity, RubricEntity, RubricVersionEntity } from './rubrics/rubric.entity';

export const COACHING_ENTITIES = [
  RubricEntity,
  RubricVersionEntity,
  RubricCriterionEntity,
  EvaluationEntity,
  EvaluationScoreEntity,
  StarEntryEntity,
  EvaluationRevisionEntity,
  EvaluationReadEntity,
  SelfAssessmentEntity,
  BankQuestionEntity,
  ImprovementPlanEntity,
  PlanPhaseEntity,
  PlanGoalEntity,
  PlanItemEntity,
  PlanResourceEntity,
  PlanItemCommentEntity,
  PlanEventEntity,
  JournalEntryEntity,
];
