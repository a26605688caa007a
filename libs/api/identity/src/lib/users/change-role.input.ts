import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@debrief/shared/domain';
import { IsEnum, IsUUID } from 'class-validator';
import { RoleEnum } from '../graphql-enums';

@InputType()
export class ChangeRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  userId!: string;

  @Field(() => RoleEnum)
  @IsEnum(Role)
  role!: Role;
}
