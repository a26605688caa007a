import { Field, InputType, Int } from '@nestjs/graphql';
import { IdField, IdListField, Trim } from '@debrief/api/core';
import { SpecialtyEnum } from '@debrief/api/identity';
import { Specialty } from '@debrief/shared/domain';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { LocationKind } from '../scheduling.enums';
import { LocationKindEnum } from '../scheduling.graphql-enums';

/** The editable fields of a session type; all optional so updates change only what is given. */
@InputType()
export class SessionTypeFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  @Trim()
  name?: string;

  @Field(() => SpecialtyEnum, { nullable: true })
  @IsOptional()
  @IsEnum(Specialty)
  category?: Specialty;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @Trim()
  description?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @Trim()
  preparation?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(15)
  @Max(240)
  durationMinutes?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(240)
  interviewMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  bufferBeforeMinutes?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  bufferAfterMinutes?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60 * 24 * 14)
  minNoticeMinutes?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  horizonDays?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(24 * 14)
  cancelCutoffHours?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  maxActivePerStudent?: number | null;

  @Field(() => LocationKindEnum, { nullable: true })
  @IsOptional()
  @IsEnum(LocationKind)
  locationKind?: LocationKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Trim()
  room?: string | null;

  @IdListField({ nullable: true, description: 'Coaches who offer it (replaces the list)', max: 200 })
  coachIds?: string[];
}

@InputType()
export class CreateSessionTypeInput extends SessionTypeFieldsInput {}

@InputType()
export class UpdateSessionTypeInput extends SessionTypeFieldsInput {
  @IdField()
  id!: string;
}
