import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, GraphqlContext, RequirePermission, requestLoader, UuidPipe } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';
import {
  AddPlanGoalInput,
  AddPlanItemInput,
  AddPlanPhaseInput,
  AddPlanResourceInput,
  CommentPlanItemInput,
  CreatePlanInput,
  ItemsFromEvaluationInput,
  UpdatePlanItemInput,
} from './plan.inputs';
import { ImprovementPlanModel, PlanEventModel, PlanItemCommentModel, PlanItemModel } from './plan.models';
import { PlansService } from './plans.service';

@Resolver(() => ImprovementPlanModel)
export class PlansResolver {
  constructor(private readonly plans: PlansService) {}

  @Query(() => [ImprovementPlanModel], { description: "A student's plans (one's own; a coached student's; any for staff)" })
  @RequirePermission(Permission.CoachingRead)
  improvementPlans(
    @CurrentUser() actor: AuthUser,
    @Args('studentId', { type: () => ID, nullable: true }, UuidPipe) studentId?: string | null,
  ): Promise<ImprovementPlanModel[]> {
    return this.plans.list(actor, studentId);
  }

  @Query(() => ImprovementPlanModel)
  @RequirePermission(Permission.CoachingRead)
  improvementPlan(@CurrentUser() actor: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<ImprovementPlanModel> {
    return this.plans.get(actor, id);
  }

  @Mutation(() => ImprovementPlanModel)
  @RequirePermission(Permission.EvaluationsWrite)
  async createPlan(@CurrentUser() actor: AuthUser, @Args('input') input: CreatePlanInput): Promise<ImprovementPlanModel> {
    return this.plans.get(actor, await this.plans.create(actor, input));
  }

  @Mutation(() => ImprovementPlanModel)
  @RequirePermission(Permission.EvaluationsWrite)
  async addPlanPhase(@CurrentUser() actor: AuthUser, @Args('input') input: AddPlanPhaseInput): Promise<ImprovementPlanModel> {
    return this.plans.get(actor, await this.plans.addPhase(actor, input));
  }

  @Mutation(() => ImprovementPlanModel)
  @RequirePermission(Permission.EvaluationsWrite)
  async addPlanGoal(@CurrentUser() actor: AuthUser, @Args('input') input: AddPlanGoalInput): Promise<ImprovementPlanModel> {
    return this.plans.get(actor, await this.plans.addGoal(actor, input));
  }

  @Mutation(() => ImprovementPlanModel)
  @RequirePermission(Permission.EvaluationsWrite)
  async addPlanItem(@CurrentUser() actor: AuthUser, @Args('input') input: AddPlanItemInput): Promise<ImprovementPlanModel> {
    return this.plans.get(actor, await this.plans.addItem(actor, input));
  }

  @Mutation(() => ImprovementPlanModel)
  @RequirePermission(Permission.EvaluationsWrite)
  async addPlanResource(@CurrentUser() actor: AuthUser, @Args('input') input: AddPlanResourceInput): Promise<ImprovementPlanModel> {
    return this.plans.get(actor, await this.plans.addResource(actor, input));
  }

  @Mutation(() => ImprovementPlanModel, { description: "Plan items from an evaluation's areas for improvement" })
  @RequirePermission(Permission.EvaluationsWrite)
  async addPlanItemsFromEvaluation(@CurrentUser() actor: AuthUser, @Args('input') input: ItemsFromEvaluationInput): Promise<ImprovementPlanModel> {
    return this.plans.get(actor, await this.plans.itemsFromEvaluation(actor, input));
  }

  @Mutation(() => ImprovementPlanModel, { description: 'Students move their items’ status; coaches and staff also edit title and due date' })
  @RequirePermission(Permission.CoachingRead)
  async updatePlanItem(@CurrentUser() actor: AuthUser, @Args('input') input: UpdatePlanItemInput): Promise<ImprovementPlanModel> {
    return this.plans.get(actor, await this.plans.updateItem(actor, input));
  }

  @Mutation(() => ImprovementPlanModel)
  @RequirePermission(Permission.CoachingRead)
  async commentOnPlanItem(@CurrentUser() actor: AuthUser, @Args('input') input: CommentPlanItemInput): Promise<ImprovementPlanModel> {
    return this.plans.get(actor, await this.plans.comment(actor, input));
  }

  @ResolveField(() => [PlanEventModel])
  history(@Parent() plan: ImprovementPlanModel, @Context() { req }: GraphqlContext): Promise<PlanEventModel[]> {
    return requestLoader<string, PlanEventModel[]>(req, 'coaching:planHistory', (ids) => this.plans.history(ids)).load(plan.id);
  }
}

@Resolver(() => PlanItemModel)
export class PlanItemsResolver {
  constructor(private readonly plans: PlansService) {}

  @ResolveField(() => [PlanItemCommentModel])
  comments(@Parent() item: PlanItemModel, @Context() { req }: GraphqlContext): Promise<PlanItemCommentModel[]> {
    return requestLoader<string, PlanItemCommentModel[]>(req, 'coaching:itemComments', (ids) => this.plans.comments(ids)).load(item.id);
  }
}
