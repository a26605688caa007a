import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, RequirePermission, UuidPipe } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';
import { ProgressModel } from './progress.model';
import { ProgressService } from './progress.service';

@Resolver(() => ProgressModel)
export class ProgressResolver {
  constructor(private readonly service: ProgressService) {}

  @Query(() => ProgressModel, { description: "A student's progress (one's own; a coached student's; any for staff)" })
  @RequirePermission(Permission.CoachingRead)
  progress(
    @CurrentUser() actor: AuthUser,
    @Args('studentId', { type: () => ID, nullable: true }, UuidPipe) studentId?: string | null,
  ): Promise<ProgressModel> {
    return this.service.progress(actor, studentId);
  }
}
