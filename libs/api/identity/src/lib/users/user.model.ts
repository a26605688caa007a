import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role, UserStatus } from '@debrief/shared/domain';
import { RoleEnum, UserStatusEnum } from '../graphql-enums';

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => UserStatusEnum)
  status!: UserStatus;

  @Field()
  timeZone!: string;

  @Field(() => String, { nullable: true })
  pronouns!: string | null;

  @Field()
  createdAt!: Date;
}
