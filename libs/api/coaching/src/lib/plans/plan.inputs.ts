import { Field, InputType, Int } from '@nestjs/graphql';
import { IdField, IsCalendarDate, Trim } from '@debrief/api/core';
import { COACHING_LIMITS, PlanItemStatus } from '@debrief/shared/domain';
import { ArrayMaxSize, IsInt, IsNotEmpty, IsOptional, IsString, IsUrl, Max, MaxLength, Min } from 'class-validator';
import { PlanItemStatusEnum } from '../coaching.graphql-enums';

@InputType()
export class CreatePlanInput {
  @IdField()
  studentId!: string;

  @Field()
  @IsString()
  @Trim()
  @IsNotEmpty({ message: 'should not be empty' })
  @MaxLength(200)
  title!: string;
}

@InputType()
export class AddPlanPhaseInput {
  @IdField()
  planId!: string;

  @Field()
  @IsString()
  @Trim()
  @IsNotEmpty({ message: 'should not be empty' })
  @MaxLength(120)
  name!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(104)
  startWeek!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(104)
  endWeek!: number;
}

@InputType()
export class AddPlanGoalInput {
  @IdField()
  planId!: string;

  @Field()
  @IsString()
  @Trim()
  @IsNotEmpty({ message: 'should not be empty' })
  @MaxLength(COACHING_LIMITS.noteMax)
  text!: string;

  @IdField({ nullable: true, description: 'A rubric criterion the goal improves' })
  criterionId?: string | null;
}

@InputType()
export class AddPlanItemInput {
  @IdField()
  planId!: string;

  @Field()
  @IsString()
  @Trim()
  @IsNotEmpty({ message: 'should not be empty' })
  @MaxLength(300)
  title!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string | null;

  @IdField({ nullable: true })
  goalId?: string | null;

  @IdField({ nullable: true })
  phaseId?: string | null;
}

@InputType()
export class ItemsFromEvaluationInput {
  @IdField()
  evaluationId!: string;

  @Field(() => [Int], { description: "Indexes into the evaluation's areasForImprovement" })
  @ArrayMaxSize(COACHING_LIMITS.listMax)
  @IsInt({ each: true })
  areas!: number[];

  @IdField({ nullable: true, description: "Add to this plan; omitted: the student's latest plan, or a new one" })
  planId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string | null;
}

@InputType()
export class AddPlanResourceInput {
  @IdField()
  planId!: string;

  @Field()
  @IsString()
  @Trim()
  @IsNotEmpty({ message: 'should not be empty' })
  @MaxLength(200)
  title!: string;

  @Field()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http(s) link' })
  @MaxLength(1000)
  url!: string;
}

@InputType()
export class UpdatePlanItemInput {
  @IdField()
  itemId!: string;

  @Field(() => PlanItemStatusEnum, { nullable: true })
  @IsOptional()
  status?: PlanItemStatus | null;

  @Field(() => String, { nullable: true, description: 'Coach and staff only' })
  @IsOptional()
  @IsString()
  @Trim()
  @IsNotEmpty({ message: 'should not be empty' })
  @MaxLength(300)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Coach and staff only; YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string | null;
}

@InputType()
export class CommentPlanItemInput {
  @IdField()
  itemId!: string;

  @Field()
  @IsString()
  @Trim()
  @IsNotEmpty({ message: 'should not be empty' })
  @MaxLength(COACHING_LIMITS.noteMax)
  body!: string;
}
