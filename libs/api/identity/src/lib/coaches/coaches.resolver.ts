import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission, UuidPipe } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';
import { CoachFilterInput } from './coach-filter.input';
import { CoachModel } from './coach.model';
import { CoachesService } from './coaches.service';

@Resolver(() => CoachModel)
export class CoachesResolver {
  constructor(private readonly directory: CoachesService) {}

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
}
