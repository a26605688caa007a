import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, GraphqlContext, RequirePermission, requestLoader, byKeys } from '@debrief/api/core';
import { Permission, permissionsOf } from '@debrief/shared/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { StudentProfileEntity } from '../students/student-profile.entity';
import { StudentProfileModel } from '../students/student-profile.model';
import { ChangeRoleInput } from './change-role.input';
import { CreateUserInput } from './create-user.input';
import { UpdateProfileInput } from './update-profile.input';
import { UserFilterInput } from './user-filter.input';
import { UserModel } from './user.model';
import { UsersService } from './users.service';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(
    private readonly service: UsersService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Query(() => [UserModel])
  @RequirePermission(Permission.UsersRead)
  users(@Args('filter', { type: () => UserFilterInput, nullable: true }) filter?: UserFilterInput): Promise<UserModel[]> {
    return this.service.list(filter ?? {});
  }

  @Mutation(() => UserModel)
  @RequirePermission(Permission.UsersManage)
  createUser(@Args('input') input: CreateUserInput): Promise<UserModel> {
    return this.service.create(input);
  }

  @Mutation(() => UserModel)
  @RequirePermission(Permission.UsersManage)
  changeUserRole(@Args('input') input: ChangeRoleInput): Promise<UserModel> {
    return this.service.changeRole(input.userId, input.role);
  }

  @Mutation(() => UserModel)
  @RequirePermission(Permission.ProfileUpdateOwn)
  updateMyProfile(@CurrentUser() user: AuthUser, @Args('input') input: UpdateProfileInput): Promise<UserModel> {
    return this.service.updateProfile(user.id, input);
  }

  @ResolveField(() => [String], { description: "Permissions of the user's role, from the shared role → permission map" })
  permissions(@Parent() user: UserModel): string[] {
    return permissionsOf(user.role);
  }

  /** Batched per request: a list of 500 users costs one query, not 500. */
  @ResolveField(() => StudentProfileModel, { nullable: true })
  studentProfile(@Parent() user: UserModel, @Context() { req }: GraphqlContext): Promise<StudentProfileModel | null> {
    const loader = requestLoader<string, StudentProfileModel | null>(req, 'studentProfileByUser', async (ids) => {
      const rows = await this.db.getRepository(StudentProfileEntity).findBy({ userId: In([...ids]) });
      return byKeys(ids, rows, (r) => r.userId, null);
    });
    return loader.load(user.id);
  }
}
