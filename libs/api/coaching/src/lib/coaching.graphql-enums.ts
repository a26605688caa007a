import { graphqlEnum } from '@debrief/api/core';
import { EvaluationStatus, PlanItemStatus } from '@debrief/shared/domain';

export const EvaluationStatusEnum = graphqlEnum(EvaluationStatus, 'EvaluationStatus', 'DRAFT until the coach shares it with the student');
export const PlanItemStatusEnum = graphqlEnum(PlanItemStatus, 'PlanItemStatus');
