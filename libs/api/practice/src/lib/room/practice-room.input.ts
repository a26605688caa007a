import { Field, ID, InputType } from '@nestjs/graphql';
import { Trim } from '@debrief/api/core';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUrl, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { PracticeLanguage, PracticePhase } from '../practice.enums';
import { PracticeLanguageEnum, PracticePhaseEnum } from '../practice.graphql-enums';

@InputType()
export class AdvancePracticeClockInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  sessionId!: string;

  @Field(() => PracticePhaseEnum, { description: 'The phase the coach sees now; the clock moves to the next one only from there' })
  @IsEnum(PracticePhase)
  from!: PracticePhase;
}

@InputType()
export class AskPracticeQuestionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  sessionId!: string;

  @Field({ description: 'The prompt, typed or taken from the question bank' })
  @IsString()
  @Trim()
  @IsNotEmpty({ message: 'should not be empty' })
  @MaxLength(4000)
  text!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(80)
  topic?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(80)
  company?: string;
}

@InputType()
export class SetPracticeLanguageInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  sessionId!: string;

  @Field(() => PracticeLanguageEnum)
  @IsEnum(PracticeLanguage)
  language!: PracticeLanguage;
}

@InputType()
export class SetPracticeRecordingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  sessionId!: string;

  @Field(() => String, { nullable: true, description: 'An https link to the recording, or null to remove it' })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsString()
  @Trim()
  @MaxLength(2000)
  @IsUrl({ protocols: ['https'], require_protocol: true, require_tld: true }, { message: 'must be an https:// link' })
  url?: string | null;
}
