import { Field, InputType } from '@nestjs/graphql';
import { IdField } from '@debrief/api/core';
import { Role } from '@debrief/shared/domain';
import { IsEnum } from 'class-validator';
import { RoleEnum } from '../graphql-enums';

@InputType()
export class ChangeRoleInput {
  @IdField()
  userId!: string;

  @Field(() => RoleEnum)
  @IsEnum(Role)
  role!: Role;
}
