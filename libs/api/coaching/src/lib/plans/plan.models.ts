import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PlanItemStatus } from '@debrief/shared/domain';
import { PlanItemStatusEnum } from '../coaching.graphql-enums';
import { CoachingPersonModel } from '../evaluations/evaluation.models';

@ObjectType('PlanPhase')
export class PlanPhaseModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  startWeek!: number;

  @Field(() => Int)
  endWeek!: number;
}

@ObjectType('PlanGoal')
export class PlanGoalModel {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;

  @Field(() => ID, { nullable: true })
  criterionId!: string | null;

  @Field(() => String, { nullable: true, description: 'The rubric criterion the goal improves' })
  criterionName!: string | null;
}

@ObjectType('PlanItemComment')
export class PlanItemCommentModel {
  @Field(() => ID)
  id!: string;

  @Field()
  authorName!: string;

  @Field()
  body!: string;

  @Field()
  at!: Date;
}

@ObjectType('PlanItem')
export class PlanItemModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueOn!: string | null;

  @Field(() => PlanItemStatusEnum)
  status!: PlanItemStatus;

  @Field({ description: 'Past its due date and not done' })
  overdue!: boolean;

  @Field(() => ID, { nullable: true })
  goalId!: string | null;

  @Field(() => ID, { nullable: true })
  phaseId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The evaluation whose areas for improvement it came from' })
  sourceEvaluationId!: string | null;

  @Field(() => Date, { nullable: true })
  doneAt!: Date | null;

  @Field(() => [PlanItemCommentModel])
  comments?: PlanItemCommentModel[];
}

@ObjectType('PlanResource')
export class PlanResourceModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  url!: string;
}

@ObjectType('PlanEvent')
export class PlanEventModel {
  @Field()
  actorName!: string;

  @Field()
  summary!: string;

  @Field()
  at!: Date;
}

@ObjectType('ImprovementPlan')
export class ImprovementPlanModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => CoachingPersonModel)
  student!: CoachingPersonModel;

  @Field(() => CoachingPersonModel)
  coach!: CoachingPersonModel;

  @Field()
  createdAt!: Date;

  @Field(() => [PlanPhaseModel])
  phases!: PlanPhaseModel[];

  @Field(() => [PlanGoalModel])
  goals!: PlanGoalModel[];

  @Field(() => [PlanItemModel])
  items!: PlanItemModel[];

  @Field(() => [PlanResourceModel])
  resources!: PlanResourceModel[];

  @Field(() => [PlanEventModel], { description: 'Every change, oldest first' })
  history?: PlanEventModel[];
}
