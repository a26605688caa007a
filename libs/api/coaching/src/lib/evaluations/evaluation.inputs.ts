import { Field, InputType, Int } from '@nestjs/graphql';
import { IdField, Trim } from '@debrief/api/core';
import { COACHING_LIMITS } from '@debrief/shared/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

/*
 * Scores are checked against the rubric by the service (coded SCORE_OUT_OF_SCALE and
 * CRITERION_NOT_IN_RUBRIC); the decorators here only check shapes and lengths.
 */

@InputType()
export class CriterionScoreInput {
  @IdField()
  criterionId!: string;

  @Field(() => Int)
  @IsNumber({}, { message: 'must be a number' })
  score!: number;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(COACHING_LIMITS.noteMax)
  @Trim()
  note!: string;
}

@InputType()
export class StarEntryInput {
  @Field()
  @IsString()
  @Trim()
  @IsNotEmpty({ message: 'should say which question was asked' })
  @MaxLength(COACHING_LIMITS.noteMax)
  question!: string;

  @Field({ description: 'e.g. teamwork, conflict, leadership, failure and learning, adaptability' })
  @IsString()
  @Trim()
  @MaxLength(80)
  competency!: string;

  @Field(() => Int)
  @IsInt({ message: 'must be a whole number' })
  situation!: number;

  @Field(() => Int)
  @IsInt({ message: 'must be a whole number' })
  task!: number;

  @Field(() => Int)
  @IsInt({ message: 'must be a whole number' })
  action!: number;

  @Field(() => Int)
  @IsInt({ message: 'must be a whole number' })
  result!: number;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(COACHING_LIMITS.noteMax)
  @Trim()
  notes!: string;
}

@InputType()
export class AskedQuestionInput {
  @Field()
  @IsString()
  @Trim()
  @IsNotEmpty({ message: 'should not be empty' })
  @MaxLength(COACHING_LIMITS.noteMax)
  text!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @Trim()
  @MaxLength(80)
  topic!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @Trim()
  @MaxLength(80)
  company!: string;
}

@InputType({ isAbstract: true })
export abstract class EvaluationContentInput {
  @Field(() => [CriterionScoreInput], { defaultValue: [] })
  @ArrayMaxSize(COACHING_LIMITS.listMax)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreInput)
  scores!: CriterionScoreInput[];

  @Field(() => [StarEntryInput], { defaultValue: [], description: 'Behavioral rubrics only: one per question asked' })
  @ArrayMaxSize(COACHING_LIMITS.listMax)
  @ValidateNested({ each: true })
  @Type(() => StarEntryInput)
  starEntries!: StarEntryInput[];

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(COACHING_LIMITS.textMax)
  @Trim()
  strengths!: string;

  @Field(() => [String], { defaultValue: [], description: 'One area per entry; each can become a plan item' })
  @ArrayMaxSize(COACHING_LIMITS.listMax)
  @IsString({ each: true })
  @MaxLength(COACHING_LIMITS.noteMax, { each: true })
  areasForImprovement!: string[];

  @Field(() => [AskedQuestionInput], { defaultValue: [], description: 'Questions asked; they feed the question bank once shared' })
  @ArrayMaxSize(COACHING_LIMITS.listMax)
  @ValidateNested({ each: true })
  @Type(() => AskedQuestionInput)
  questions!: AskedQuestionInput[];

  @Field(() => Int, { nullable: true, description: '1 strong no, 2 lean no, 3 lean yes, 4 strong yes' })
  @IsOptional()
  @IsNumber({}, { message: 'must be a number' })
  recommendation?: number | null;

  @Field({ defaultValue: '', description: 'Never shown to the student' })
  @IsString()
  @MaxLength(COACHING_LIMITS.textMax)
  privateNotes!: string;
}

@InputType()
export class CreateEvaluationInput extends EvaluationContentInput {
  @IdField()
  bookingId!: string;
}

@InputType()
export class UpdateEvaluationInput extends EvaluationContentInput {
  @IdField()
  evaluationId!: string;
}

@InputType()
export class SelfAssessmentInput {
  @IdField()
  bookingId!: string;

  @Field(() => [CriterionScoreInput])
  @ArrayMaxSize(COACHING_LIMITS.listMax)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreInput)
  scores!: CriterionScoreInput[];

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(COACHING_LIMITS.textMax)
  @Trim()
  notes!: string;
}

@InputType()
export class EvaluationListInput {
  @IdField({ nullable: true, description: 'One student; omitted: every evaluation the caller may see (newest 100)' })
  studentId?: string | null;
}
