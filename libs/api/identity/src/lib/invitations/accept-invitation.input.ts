import { Field, InputType } from '@nestjs/graphql';
import { Trim } from '@debrief/api/core';
import { LIMITS } from '@debrief/shared/domain';
import { IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token!: string;

  @Field()
  @IsString()
  @MinLength(LIMITS.passwordMin, { message: `must be at least ${LIMITS.passwordMin} characters` })
  @MaxLength(LIMITS.passwordMax)
  password!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.nameMax)
  @Trim()
  name?: string;
}
