import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, CurrentUser, RequirePermission, UuidPipe } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';
import { DataSource } from 'typeorm';
import { BookingRulesService } from '../policy/booking-rules.service';
import { SchedulingAccess } from '../scheduling.access';
import {
  AddClosureInput,
  AddOverrideInput,
  BookingPolicyModel,
  BookingStandingModel,
  ClosureModel,
  CoachAvailabilityModel,
  SetWeeklyHoursInput,
} from './availability.models';
import { AvailabilityService } from './availability.service';

@Resolver()
export class AvailabilityResolver {
  constructor(
    private readonly availability: AvailabilityService,
    private readonly access: SchedulingAccess,
    private readonly rules: BookingRulesService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Query(() => CoachAvailabilityModel, { description: "A coach's weekly hours and upcoming overrides (one's own by default)" })
  @RequirePermission(Permission.AvailabilityUpdate)
  coachAvailability(@CurrentUser() actor: AuthUser, @Args('coachId', { type: () => ID, nullable: true }, UuidPipe) coachId?: string): Promise<CoachAvailabilityModel> {
    return this.availability.forCoach(this.access.coachFor(actor, coachId));
  }

  @Mutation(() => CoachAvailabilityModel)
  @RequirePermission(Permission.AvailabilityUpdate)
  setWeeklyHours(@CurrentUser() actor: AuthUser, @Args('input') input: SetWeeklyHoursInput): Promise<CoachAvailabilityModel> {
    return this.availability.setWeekly(this.access.coachFor(actor, input.coachId), input.ranges);
  }

  @Mutation(() => CoachAvailabilityModel)
  @RequirePermission(Permission.AvailabilityUpdate)
  addAvailabilityOverride(@CurrentUser() actor: AuthUser, @Args('input') input: AddOverrideInput): Promise<CoachAvailabilityModel> {
    return this.availability.addOverride(this.access.coachFor(actor, input.coachId), input);
  }

  @Mutation(() => CoachAvailabilityModel)
  @RequirePermission(Permission.AvailabilityUpdate)
  async removeAvailabilityOverride(@CurrentUser() actor: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<CoachAvailabilityModel> {
    this.access.coachFor(actor, await this.availability.overrideOwner(id));
    return this.availability.removeOverride(id);
  }

  @Query(() => [ClosureModel])
  @RequirePermission(Permission.SessionTypesRead)
  closures(): Promise<ClosureModel[]> {
    return this.availability.closures();
  }

  @Mutation(() => ClosureModel)
  @RequirePermission(Permission.SchedulingManage)
  addClosure(@Args('input') input: AddClosureInput): Promise<ClosureModel> {
    return this.availability.addClosure(input);
  }

  @Mutation(() => Boolean)
  @RequirePermission(Permission.SchedulingManage)
  removeClosure(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<boolean> {
    return this.availability.removeClosure(id);
  }

  @Query(() => BookingPolicyModel)
  @RequirePermission(Permission.SessionTypesRead)
  bookingPolicy(): Promise<BookingPolicyModel> {
    return this.availability.policy();
  }

  @Mutation(() => BookingPolicyModel)
  @RequirePermission(Permission.SchedulingManage)
  updateBookingPolicy(@Args('input') input: BookingPolicyModel): Promise<BookingPolicyModel> {
    return this.availability.updatePolicy(input);
  }

  @Query(() => BookingStandingModel, { description: "A student's no-show standing (one's own, or any student's for staff)" })
  @RequirePermission(Permission.BookingsReadOwn)
  async bookingStanding(@CurrentUser() actor: AuthUser, @Args('studentId', { type: () => ID, nullable: true }, UuidPipe) studentId?: string): Promise<BookingStandingModel> {
    const s = await this.rules.standing(this.db.manager, this.access.studentListFor(actor, studentId));
    return { noShows: s.count, limit: s.limit, windowDays: s.windowDays, blockedUntil: s.blockedUntil };
  }
}
