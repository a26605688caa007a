import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission, UuidPipe } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';
import { CreateSessionTypeInput, UpdateSessionTypeInput } from './session-type.input';
import { SessionTypeModel } from './session-type.model';
import { SessionTypesService } from './session-types.service';

@Resolver(() => SessionTypeModel)
export class SessionTypesResolver {
  constructor(private readonly types: SessionTypesService) {}

  @Query(() => [SessionTypeModel])
  @RequirePermission(Permission.SessionTypesRead)
  sessionTypes(@Args('includeRetired', { defaultValue: false }) includeRetired: boolean): Promise<SessionTypeModel[]> {
    return this.types.list(includeRetired);
  }

  @Query(() => SessionTypeModel)
  @RequirePermission(Permission.SessionTypesRead)
  sessionType(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<SessionTypeModel> {
    return this.types.get(id);
  }

  @Mutation(() => SessionTypeModel)
  @RequirePermission(Permission.SessionTypesManage)
  createSessionType(@Args('input') input: CreateSessionTypeInput): Promise<SessionTypeModel> {
    return this.types.create(input);
  }

  @Mutation(() => SessionTypeModel)
  @RequirePermission(Permission.SessionTypesManage)
  updateSessionType(@Args('input') input: UpdateSessionTypeInput): Promise<SessionTypeModel> {
    return this.types.update(input);
  }

  @Mutation(() => SessionTypeModel)
  @RequirePermission(Permission.SessionTypesManage)
  retireSessionType(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<SessionTypeModel> {
    return this.types.retire(id);
  }
}
