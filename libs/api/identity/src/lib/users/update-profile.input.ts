import { Field, InputType } from '@nestjs/graphql';
import { IsTimeZone, Trim } from '@debrief/api/core';
import { LIMITS } from '@debrief/shared/domain';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

@InputType()
export class UpdateProfileInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.nameMax)
  @Trim()
  name?: string;

  /** An empty string clears the pronouns. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.pronounsMax)
  @Trim()
  pronouns?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;
}
