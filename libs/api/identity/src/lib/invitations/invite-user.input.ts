import { Field, InputType } from '@nestjs/graphql';
import { IsTimeZone, NormalizeEmail, Trim } from '@debrief/api/core';
import { LIMITS, Role } from '@debrief/shared/domain';
import { IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { RoleEnum } from '../graphql-enums';

@InputType()
export class InviteUserInput {
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

  @Field({ nullable: true })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;
}
