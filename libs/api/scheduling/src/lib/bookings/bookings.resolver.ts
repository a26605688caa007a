import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, BadInputError, CurrentUser, GraphqlContext, RequirePermission, requestLoader, UuidPipe } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SchedulingAccess } from '../scheduling.access';
import { BookingStatus } from '../scheduling.enums';
import { SlotModel } from '../slots-search/slot.model';
import { SlotSearchLog } from '../slots-search/slot-search-log';
import { SlotSearchService } from '../slots-search/slot-search.service';
import { BookingListInput, BookSessionInput, CancelBookingInput, ChangeBookingLocationInput, RescheduleBookingInput, ScheduleInput, SlotSearchInput } from './booking.inputs';
import { BookingEventModel, BookingModel } from './booking.model';
import { BookingsQuery } from './bookings.query';
import { BookingsService } from './bookings.service';

@Resolver(() => BookingModel)
export class BookingsResolver {
  constructor(
    private readonly bookings: BookingsService,
    private readonly reads: BookingsQuery,
    private readonly search: SlotSearchService,
    private readonly searches: SlotSearchLog,
    private readonly access: SchedulingAccess,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Query(() => [SlotModel], { description: 'Free starts for a session type, one coach or any coach' })
  @RequirePermission(Permission.SessionTypesRead)
  async availableSlots(@CurrentUser() actor: AuthUser, @Args('input') input: SlotSearchInput): Promise<SlotModel[]> {
    if (input.bookingId) {
      // A reschedule: the booking's own coach, type and student, and only for who may move it.
      const moving = await this.reads.movable(actor, input.bookingId);
      if (input.sessionTypeId !== moving.sessionTypeId) throw new BadInputError('sessionTypeId', 'sessionTypeId: must be the session type of the booking being rescheduled');
      if (input.coachId && input.coachId !== moving.coachId) throw new BadInputError('coachId', 'coachId: a reschedule keeps the coach of the booking');
      return this.search.search(this.db.manager, { ...input, coachId: moving.coachId }, moving.studentId, Date.now(), { bookingId: moving.id });
    }
    const studentId = this.access.isStaff(actor) ? (input.studentId ?? null) : actor.id;
    const found = await this.search.search(this.db.manager, input, studentId);
    // Demand for the center's reports, written in batches after the answer (not a reschedule's search).
    this.searches.record({
      searchedAt: new Date(),
      sessionTypeId: input.sessionTypeId,
      coachId: input.coachId ?? null,
      rangeFrom: input.from,
      rangeTo: input.to,
      results: found.length,
      firstSlotAt: found[0]?.start ?? null,
    });
    return found;
  }

  @Query(() => BookingModel)
  @RequirePermission(Permission.BookingsReadOwn)
  booking(@CurrentUser() actor: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<BookingModel> {
    return this.reads.get(actor, id);
  }

  @Query(() => [BookingModel], { description: "A student's sessions (one's own, or any student's for staff)" })
  @RequirePermission(Permission.BookingsReadOwn)
  myBookings(@CurrentUser() actor: AuthUser, @Args('input', { nullable: true }) input?: BookingListInput): Promise<BookingModel[]> {
    return this.reads.forStudent(actor, input?.studentId, input?.scope ?? ('UPCOMING' as BookingListInput['scope']));
  }

  @Query(() => [BookingModel], { description: "A coach's sessions in a time range (one's own, or any coach's for staff)" })
  @RequirePermission(Permission.SessionsRun)
  coachSchedule(@CurrentUser() actor: AuthUser, @Args('input') input: ScheduleInput): Promise<BookingModel[]> {
    return this.reads.forCoach(actor, input.coachId, input.from, input.to);
  }

  @Mutation(() => BookingModel)
  @RequirePermission(Permission.BookingsBook)
  bookSession(@CurrentUser() actor: AuthUser, @Args('input') input: BookSessionInput): Promise<BookingModel> {
    return this.bookings.book(actor, input);
  }

  @Mutation(() => BookingModel)
  @RequirePermission(Permission.BookingsBook)
  async rescheduleBooking(@CurrentUser() actor: AuthUser, @Args('input') input: RescheduleBookingInput): Promise<BookingModel> {
    return this.reads.get(actor, await this.bookings.reschedule(actor, input));
  }

  @Mutation(() => BookingModel)
  @RequirePermission(Permission.BookingsBook)
  async cancelBooking(@CurrentUser() actor: AuthUser, @Args('input') input: CancelBookingInput): Promise<BookingModel> {
    return this.reads.get(actor, await this.bookings.cancel(actor, input));
  }

  @Mutation(() => BookingModel, { description: "The session's coach (or staff) changes where one upcoming session happens" })
  @RequirePermission(Permission.SessionsRun)
  async changeBookingLocation(@CurrentUser() actor: AuthUser, @Args('input') input: ChangeBookingLocationInput): Promise<BookingModel> {
    return this.reads.get(actor, await this.bookings.changeLocation(actor, input));
  }

  @Mutation(() => BookingModel)
  @RequirePermission(Permission.SessionsRun)
  async markBookingCompleted(@CurrentUser() actor: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<BookingModel> {
    return this.reads.get(actor, await this.bookings.markOutcome(actor, id, BookingStatus.Completed));
  }

  @Mutation(() => BookingModel)
  @RequirePermission(Permission.SessionsRun)
  async markBookingNoShow(@CurrentUser() actor: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<BookingModel> {
    return this.reads.get(actor, await this.bookings.markOutcome(actor, id, BookingStatus.NoShow));
  }

  @Mutation(() => BookingModel)
  @RequirePermission(Permission.SchedulingManage)
  async excuseNoShow(
    @CurrentUser() actor: AuthUser,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('reason') reason: string,
  ): Promise<BookingModel> {
    return this.reads.get(actor, await this.bookings.excuseNoShow(actor, id, reason));
  }

  @ResolveField(() => [BookingEventModel], { description: 'Every change, oldest first' })
  history(@Parent() booking: BookingModel, @Context() { req }: GraphqlContext): Promise<BookingEventModel[]> {
    return requestLoader<string, BookingEventModel[]>(req, 'bookingHistory', (ids) => this.reads.history(ids)).load(booking.id);
  }
}
