import { Field, ID, InputType } from '@nestjs/graphql';
import { Trim } from '@debrief/api/core';
import { ArrayMaxSize, ArrayMinSize, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class SetPracticeChecklistInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  sessionTypeId!: string;

  @Field(() => [String], { description: 'The items, in order (1–30)' })
  @ArrayMinSize(1, { message: 'needs at least one item' })
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  items!: string[];
}

@InputType()
export class SubmitPracticeSelfReviewInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  sessionId!: string;

  @Field(() => [String], { description: 'The checklist items the student did' })
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  done!: string[];

  @Field({ defaultValue: '' })
  @IsString()
  @Trim()
  @MaxLength(2000)
  note!: string;
}
