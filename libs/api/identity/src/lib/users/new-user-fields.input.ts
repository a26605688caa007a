import { Field, InputType } from '@nestjs/graphql';
import { NormalizeEmail, Trim } from '@debrief/api/core';
import { LIMITS, Role } from '@debrief/shared/domain';
import { IsEmail, IsEnum, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { RoleEnum } from '../graphql-enums';

/** Who a new account is for: shared by creating a user and inviting one. */
@InputType({ isAbstract: true })
export abstract class NewUserFieldsInput {
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
}
