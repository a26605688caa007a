import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Trim } from '@debrief/api/core';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PeerFocus, PeerLevel } from '../peer.enums';
import { PeerFocusEnum, PeerLevelEnum } from '../peer.graphql-enums';

@InputType()
export class SavePeerProfileInput {
  @Field(() => PeerFocusEnum)
  @IsEnum(PeerFocus)
  focus!: PeerFocus;

  @Field(() => PeerLevelEnum)
  @IsEnum(PeerLevel)
  level!: PeerLevel;

  @Field(() => [String], { description: 'Spoken languages, e.g. "English"; a shared one scores a match higher' })
  @IsArray()
  @ArrayMaxSize(8)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(40, { each: true })
  languages!: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(80, { each: true })
  targetCompanies?: string[];
}

@InputType()
export class UpdatePeerSettingsInput {
  @Field()
  @IsBoolean()
  enabled!: boolean;

  @Field(() => Int, { description: '30–120 minutes, even (two equal halves)' })
  @IsInt()
  @Min(30)
  @Max(120)
  sessionMinutes!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10)
  noShowLimit!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(365)
  noShowWindowDays!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(180)
  pauseDays!: number;
}

@InputType()
export class SetPeerSuspensionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  studentId!: string;

  @Field()
  @IsBoolean()
  suspended!: boolean;

  @Field({ nullable: true, description: 'Shown to the student while suspended' })
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(500)
  reason?: string;
}
