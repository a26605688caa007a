import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, RequirePermission, UuidPipe } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';
import { CancelWorkshopInput, CATALOG_PAGE_DEFAULT, CreateWorkshopSeriesInput, PublishWorkshopInput, UpdateWorkshopInput, WorkshopFieldsInput, WorkshopFilterInput, WorkshopPageInput } from './workshop.inputs';
import { WorkshopModel, WorkshopPageModel, WorkshopSeriesResultModel } from './workshop.model';
import { WorkshopsQuery } from './workshops.query';
import { WorkshopsService } from './workshops.service';

@Resolver(() => WorkshopModel)
export class WorkshopsResolver {
  constructor(
    private readonly service: WorkshopsService,
    private readonly reads: WorkshopsQuery,
  ) {}

  @Query(() => [WorkshopModel], { description: 'Upcoming published workshops one may register for (staff: all of them with `all`)' })
  @RequirePermission(Permission.WorkshopsRead)
  workshops(@CurrentUser() actor: AuthUser, @Args('filter', { nullable: true }) filter?: WorkshopFilterInput): Promise<WorkshopModel[]> {
    return this.reads.list(actor, filter ?? ({ all: false } as WorkshopFilterInput));
  }

  @Query(() => WorkshopPageModel, { description: 'The catalog a page at a time (same rules and filter as workshops)' })
  @RequirePermission(Permission.WorkshopsRead)
  workshopCatalog(
    @CurrentUser() actor: AuthUser,
    @Args('filter', { nullable: true }) filter?: WorkshopFilterInput,
    @Args('page', { nullable: true }) page?: WorkshopPageInput,
  ): Promise<WorkshopPageModel> {
    return this.reads.page(actor, filter ?? ({ all: false } as WorkshopFilterInput), { first: page?.first ?? CATALOG_PAGE_DEFAULT, after: page?.after });
  }

  @Query(() => WorkshopModel)
  @RequirePermission(Permission.WorkshopsRead)
  workshop(@CurrentUser() actor: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<WorkshopModel> {
    return this.reads.get(actor, id);
  }

  @Mutation(() => WorkshopModel)
  @RequirePermission(Permission.WorkshopsManage)
  async createWorkshop(@CurrentUser() actor: AuthUser, @Args('input') input: WorkshopFieldsInput): Promise<WorkshopModel> {
    return this.reads.get(actor, await this.service.create(actor, input));
  }

  @Mutation(() => WorkshopSeriesResultModel, { description: 'A weekly or custom series; occurrences on closure dates are skipped and listed' })
  @RequirePermission(Permission.WorkshopsManage)
  async createWorkshopSeries(@CurrentUser() actor: AuthUser, @Args('input') input: CreateWorkshopSeriesInput): Promise<WorkshopSeriesResultModel> {
    const { seriesId, ids, skipped } = await this.service.createSeries(actor, input);
    return { seriesId, workshops: await this.reads.many(actor, ids), skippedStarts: skipped };
  }

  @Mutation(() => [WorkshopModel], { description: 'Edits one occurrence, or it and the later ones of its series' })
  @RequirePermission(Permission.WorkshopsManage)
  async updateWorkshop(@CurrentUser() actor: AuthUser, @Args('input') input: UpdateWorkshopInput): Promise<WorkshopModel[]> {
    return this.reads.many(actor, await this.service.update(actor, input));
  }

  @Mutation(() => [WorkshopModel])
  @RequirePermission(Permission.WorkshopsManage)
  async publishWorkshop(@CurrentUser() actor: AuthUser, @Args('input') input: PublishWorkshopInput): Promise<WorkshopModel[]> {
    return this.reads.many(actor, await this.service.publish(actor, input));
  }

  @Mutation(() => [WorkshopModel], { description: 'Cancels one occurrence or the rest of its series; registrants are notified' })
  @RequirePermission(Permission.WorkshopsManage)
  async cancelWorkshop(@CurrentUser() actor: AuthUser, @Args('input') input: CancelWorkshopInput): Promise<WorkshopModel[]> {
    return this.reads.many(actor, await this.service.cancel(actor, input));
  }
}
