import { Field, InputType } from '@nestjs/graphql';
import { IsTimeZone, NormalizeEmail, Trim } from '@debrief/api/core';
import { LIMITS, Role } from '@debrief/shared/domain';
import { IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { RoleEnum } from '../graphql-enums';

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(LIMITS.emailMax)
  @NormalizeEmail()
  email!: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.nameMax)
  @Trim()
  name!: string;

  @Field(() => RoleEnum)
  @IsEnum(Role)
  role!: Role;

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
