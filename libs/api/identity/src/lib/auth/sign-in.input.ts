import { Field, InputType } from '@nestjs/graphql';
import { NormalizeEmail } from '@debrief/api/core';
import { LIMITS } from '@debrief/shared/domain';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';

@InputType()
export class SignInInput {
  @Field()
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(LIMITS.emailMax)
  @NormalizeEmail()
  email!: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.passwordMax)
  password!: string;
}
