import { Field, InputType, Int } from '@nestjs/graphql';
import { IsCalendarDate, Trim } from '@debrief/api/core';
import { COACHING_LIMITS } from '@debrief/shared/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';

@InputType()
export class TopicConfidenceInput {
  @Field()
  @IsString()
  @Trim()
  @IsNotEmpty({ message: 'should name the topic' })
  @MaxLength(80)
  topic!: string;

  @Field(() => Int)
  @IsInt({ message: 'must be a whole number' })
  level!: number;
}

@InputType()
export class JournalEntryInput {
  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  practisedOn!: string;

  @Field()
  @IsString()
  @Trim()
  @IsNotEmpty({ message: 'should say what you practised' })
  @MaxLength(COACHING_LIMITS.textMax)
  practised!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @Trim()
  @MaxLength(COACHING_LIMITS.textMax)
  questionsMet!: string;

  @Field(() => [TopicConfidenceInput], { defaultValue: [] })
  @ArrayMaxSize(COACHING_LIMITS.listMax)
  @ValidateNested({ each: true })
  @Type(() => TopicConfidenceInput)
  confidence!: TopicConfidenceInput[];
}
