import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Trim } from '@debrief/api/core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';

@InputType()
export class PeerSessionIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  sessionId!: string;
}

@InputType()
export class CancelPeerSessionInput extends PeerSessionIdInput {
  @Field({ description: 'Told to the partner' })
  @IsString()
  @Trim()
  @IsNotEmpty({ message: 'should not be empty' })
  @MaxLength(500)
  reason!: string;
}

@InputType()
export class ReportPeerInput extends PeerSessionIdInput {
  @Field({ description: 'What happened, for career center staff' })
  @IsString()
  @Trim()
  @IsNotEmpty({ message: 'should not be empty' })
  @MaxLength(2000)
  reason!: string;
}

@InputType()
export class PeerScoreInput {
  @Field()
  @IsString()
  @MaxLength(40)
  criterion!: string;

  @Field(() => Int, { description: '1–4' })
  @IsInt()
  @Min(1)
  @Max(4)
  score!: number;
}

@InputType()
export class SubmitPeerFeedbackInput extends PeerSessionIdInput {
  @Field(() => [PeerScoreInput], { description: "One score per criterion of the session's rubric" })
  @IsArray()
  @ArrayMaxSize(8)
  @ValidateNested({ each: true })
  @Type(() => PeerScoreInput)
  scores!: PeerScoreInput[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(4000)
  comments?: string;

  @Field(() => Int, { description: '1–5: how helpful the partner was as interviewer' })
  @IsInt()
  @Min(1)
  @Max(5)
  helpfulness!: number;
}
