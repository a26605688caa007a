import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, RequirePermission, UuidPipe } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';
import { UpdateRubricInput } from './rubric.inputs';
import { RubricModel, RubricVersionModel } from './rubric.model';
import { RubricsService } from './rubrics.service';

@Resolver(() => RubricModel)
export class RubricsResolver {
  constructor(private readonly service: RubricsService) {}

  @Query(() => [RubricModel], { description: 'Every rubric with its current version' })
  @RequirePermission(Permission.CoachingRead)
  rubrics(): Promise<RubricModel[]> {
    return this.service.list();
  }

  @Query(() => RubricVersionModel, { description: 'One version of a rubric, old ones included' })
  @RequirePermission(Permission.CoachingRead)
  rubricVersion(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<RubricVersionModel> {
    return this.service.version(id);
  }

  @Mutation(() => RubricModel, { description: 'Saves a new version of a rubric' })
  @RequirePermission(Permission.RubricsManage)
  updateRubric(@CurrentUser() actor: AuthUser, @Args('input') input: UpdateRubricInput): Promise<RubricModel> {
    return this.service.update(actor, input);
  }
}
