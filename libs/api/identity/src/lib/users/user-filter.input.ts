import { Field, InputType } from '@nestjs/graphql';
import { Trim } from '@debrief/api/core';
import { Role } from '@debrief/shared/domain';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { RoleEnum } from '../graphql-enums';

@InputType()
export class UserFilterInput {
  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field({ nullable: true, description: 'Matched against name and email' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Trim()
  search?: string;
}
