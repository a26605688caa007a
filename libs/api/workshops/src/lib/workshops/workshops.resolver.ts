import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, GraphqlContext, RequirePermission, requestLoader, UuidPipe } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';
import { CancelWorkshopInput, CreateWorkshopSeriesInput, PublishWorkshopInput, UpdateWorkshopInput, WorkshopFieldsInput, WorkshopFilterInput } from './workshop.inputs';
import { MyRegistrationModel, WorkshopModel, WorkshopOverlapModel, WorkshopPersonModel, WorkshopSeriesResultModel } from './workshop.model';
import { WorkshopsQuery } from './workshops.query';
import { WorkshopsService } from './workshops.service';
import { WorkshopsAccess } from '../workshops.access';

@Resolver(() => WorkshopModel)
export class WorkshopsResolver {
  constructor(
    private readonly service: WorkshopsService,
    private readonly reads: WorkshopsQuery,
    private readonly access: WorkshopsAccess,
  ) {}

  @Query(() => [WorkshopModel], { description: 'Upcoming published workshops one may register for (staff: all of them with `all`)' })
  @RequirePermission(Permission.WorkshopsRead)
  workshops(@CurrentUser() actor: AuthUser, @Args('filter', { nullable: true }) filter?: WorkshopFilterInput): Promise<WorkshopModel[]> {
    return this.reads.list(actor, filter ?? ({ all: false } as WorkshopFilterInput));
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
    return { seriesId, workshops: await this.reads.many(ids), skippedStarts: skipped };
  }

  @Mutation(() => [WorkshopModel], { description: 'Edits one occurrence, or it and the later ones of its series' })
  @RequirePermission(Permission.WorkshopsManage)
  async updateWorkshop(@CurrentUser() actor: AuthUser, @Args('input') input: UpdateWorkshopInput): Promise<WorkshopModel[]> {
    return this.reads.many(await this.service.update(actor, input));
  }

  @Mutation(() => [WorkshopModel])
  @RequirePermission(Permission.WorkshopsManage)
  async publishWorkshop(@CurrentUser() actor: AuthUser, @Args('input') input: PublishWorkshopInput): Promise<WorkshopModel[]> {
    return this.reads.many(await this.service.publish(actor, input));
  }

  @Mutation(() => [WorkshopModel], { description: 'Cancels one occurrence or the rest of its series; registrants are notified' })
  @RequirePermission(Permission.WorkshopsManage)
  async cancelWorkshop(@CurrentUser() actor: AuthUser, @Args('input') input: CancelWorkshopInput): Promise<WorkshopModel[]> {
    return this.reads.many(await this.service.cancel(actor, input));
  }

  @ResolveField(() => [WorkshopPersonModel])
  async facilitators(@Parent() w: WorkshopModel, @Context() { req }: GraphqlContext): Promise<WorkshopPersonModel[]> {
    const loader = requestLoader<string, WorkshopPersonModel | null>(req, 'workshopPeople', async (ids) => {
      const rows = await this.reads.people(ids);
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    });
    return (await loader.loadMany(w.facilitatorIds)).filter((p): p is WorkshopPersonModel => !!p && !(p instanceof Error));
  }

  @ResolveField(() => MyRegistrationModel, { nullable: true, description: "The viewer's live registration, if any" })
  myRegistration(@Parent() w: WorkshopModel, @CurrentUser() actor: AuthUser, @Context() { req }: GraphqlContext): Promise<MyRegistrationModel | null> {
    if (!this.access.isRegistrant(actor)) return Promise.resolve(null);
    return requestLoader<string, MyRegistrationModel | null>(req, 'myWorkshopRegistration', (ids) => this.reads.myRegistrations(actor.id, ids)).load(w.id);
  }

  @ResolveField(() => [WorkshopOverlapModel], { description: "The viewer's booked sessions at the same time (a warning; registering is still allowed)" })
  overlappingSessions(@Parent() w: WorkshopModel, @CurrentUser() actor: AuthUser, @Context() { req }: GraphqlContext): Promise<WorkshopOverlapModel[]> {
    if (!this.access.isRegistrant(actor)) return Promise.resolve([]);
    return requestLoader<string, WorkshopOverlapModel[]>(req, 'workshopOverlaps', (ids) => this.reads.overlaps(actor.id, ids)).load(w.id);
  }
}
