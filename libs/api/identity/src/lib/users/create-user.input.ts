import { Field, InputType } from '@nestjs/graphql';
import { IsTimeZone, Trim } from '@debrief/api/core';
import { LIMITS } from '@debrief/shared/domain';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { NewUserFieldsInput } from './new-user-fields.input';

@InputType()
export class CreateUserInput extends NewUserFieldsInput {
  @Field()
  @IsTimeZone()
  timeZone!: string;

  @Field({ description: 'Initial password; the user can change it later' })
  @IsString()
  @MinLength(LIMITS.passwordMin, { message: `must be at least ${LIMITS.passwordMin} characters` })
  @MaxLength(LIMITS.passwordMax)
  password!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.pronounsMax)
  @Trim()
  pronouns?: string | null;
}
