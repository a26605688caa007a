import { Field, InputType } from '@nestjs/graphql';
import { IdField, Trim } from '@debrief/api/core';
import { COACHING_LIMITS } from '@debrief/shared/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

@InputType()
export class RubricCriterionInput {
  @Field(() => String, { nullable: true, description: 'Keep an existing key to keep the criterion’s history; new criteria get one from the name' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  key?: string | null;

  @Field()
  @IsString()
  @Trim()
  @IsNotEmpty({ message: 'should not be empty' })
  @MaxLength(120)
  name!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(COACHING_LIMITS.noteMax)
  looksFor!: string;

  @Field(() => [String], { description: 'Exactly four: levels 1, 2, 3, 4' })
  @ArrayMinSize(4, { message: 'needs exactly four descriptors (levels 1–4)' })
  @ArrayMaxSize(4, { message: 'needs exactly four descriptors (levels 1–4)' })
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: 'every level needs a descriptor' })
  @MaxLength(COACHING_LIMITS.noteMax, { each: true })
  descriptors!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(['S', 'T', 'A', 'R'], { message: 'must be S, T, A or R' })
  starPart?: string | null;
}

@InputType()
export class UpdateRubricInput {
  @IdField()
  rubricId!: string;

  @Field()
  @IsString()
  @Trim()
  @IsNotEmpty({ message: 'should not be empty' })
  @MaxLength(120)
  name!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(COACHING_LIMITS.noteMax)
  description!: string;

  @Field(() => [RubricCriterionInput])
  @ArrayMinSize(1, { message: 'needs at least one criterion' })
  @ArrayMaxSize(COACHING_LIMITS.criteriaMax)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionInput)
  criteria!: RubricCriterionInput[];
}
