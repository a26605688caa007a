import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, RequirePermission, UuidPipe } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';
import { CoachFilterInput } from './coach-filter.input';
import { CoachModel } from './coach.model';
import { IdentityAccess } from '../identity.access';
import { CoachesService } from './coaches.service';
import { UpdateCoachProfileInput } from './update-coach-profile.input';

@Resolver(() => CoachModel)
export class CoachesResolver {
  constructor(
    private readonly directory: CoachesService,
    private readonly access: IdentityAccess,
  ) {}

  @Query(() => [CoachModel])
  @RequirePermission(Permission.CoachesRead)
  coaches(@Args('filter', { type: () => CoachFilterInput, nullable: true }) filter?: CoachFilterInput): Promise<CoachModel[]> {
    return this.directory.list(filter ?? {});
  }

  @Query(() => CoachModel)
  @RequirePermission(Permission.CoachesRead)
  coach(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<CoachModel> {
    return this.directory.get(id);
  }

  @Mutation(() => CoachModel)
  @RequirePermission(Permission.CoachProfilesUpdate)
  updateCoachProfile(@CurrentUser() actor: AuthUser, @Args('input') input: UpdateCoachProfileInput): Promise<CoachModel> {
    this.access.assertCanEditCoachProfile(actor, input.coachId);
    return this.directory.updateProfile(input);
  }
}
