import { Field, InputType } from '@nestjs/graphql';
import { IdField, Trim } from '@debrief/api/core';
import { COACH_PROFILE_LIMITS, LIMITS, Specialty } from '@debrief/shared/domain';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEnum, IsOptional, IsString, IsUrl, MaxLength, ValidateIf } from 'class-validator';
import { SpecialtyEnum } from '../graphql-enums';

@InputType()
export class UpdateCoachProfileInput {
  @IdField()
  coachId!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(COACH_PROFILE_LIMITS.headlineMax)
  @Trim()
  headline?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.bioMax)
  @Trim()
  bio?: string;

  @Field(() => [SpecialtyEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique({ message: 'must not repeat a specialty' })
  @ArrayMaxSize(COACH_PROFILE_LIMITS.specialtiesMax)
  @IsEnum(Specialty, { each: true })
  specialties?: Specialty[];

  @Field(() => String, { nullable: true, description: 'The coach\'s video-meeting link (https); an empty string removes it' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @Trim()
  @ValidateIf((_, v) => v !== '')
  @IsUrl({ protocols: ['https'], require_protocol: true, require_valid_protocol: true }, { message: 'must be an https:// link, e.g. https://meet.example.org/your-room' })
  meetingUrl?: string | null;
}
