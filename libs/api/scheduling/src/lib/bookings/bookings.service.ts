import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, BadInputError, NotFoundError } from '@debrief/api/core';
import { UserEntity } from '@debrief/api/identity';
import { Role } from '@debrief/shared/domain';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { CalendarLoader } from '../calendar/calendar.loader';
import { BookingRulesService } from '../policy/booking-rules.service';
import { SchedulingAccess } from '../scheduling.access';
import { BookingEventKind, BookingStatus, LocationKind } from '../scheduling.enums';
import { AfterCutoffError, BookingNotActiveError, SlotNotOfferedError, SlotTakenError } from '../scheduling.errors';
import { SessionTypeModel } from '../session-types/session-type.model';
import { SessionTypesService } from '../session-types/session-types.service';
import { isoWeekContaining, pickCoach, whyNotOffered } from '../slots';
import { SlotSearchService } from '../slots-search/slot-search.service';
import { BookingEventEntity } from './booking-event.entity';
import { BookingEntity } from './booking.entity';
import { BookSessionInput, CancelBookingInput, RescheduleBookingInput } from './booking.inputs';
import { BookingMailer } from './mail/booking-mailer.service';

const CHOSEN = "student's choice";

/**
 * The booking lifecycle. Every change runs in one transaction with its history event; the
 * database's exclusion constraints have the last word on overlaps, and a lost race comes back
 * as CONFLICT with the next free slots.
 */
@Injectable()
export class BookingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: SchedulingAccess,
    private readonly types: SessionTypesService,
    private readonly rules: BookingRulesService,
    private readonly slots: SlotSearchService,
    private readonly calendars: CalendarLoader,
    private readonly mailer: BookingMailer,
  ) {}

  async book(actor: AuthUser, input: BookSessionInput): Promise<string> {
    const studentId = this.access.studentFor(actor, input.studentId);
    return this.raceSafe(input, studentId, input.start, () =>
      this.db.transaction(async (m) => {
        await this.lockStudent(m, studentId);
        const type = await this.types.bookable(input.sessionTypeId, m);
        await this.rules.assertMayBook(m, studentId, type, { checkNoShows: !this.access.isStaff(actor) });
        const { coachId, assignment } = await this.chooseCoach(m, type, input, studentId);
        const start = input.start.getTime();
        const booking = await m.getRepository(BookingEntity).save(
          m.create(BookingEntity, {
            sessionTypeId: type.id,
            coachId,
            studentId,
            ...this.times(type, start),
            status: BookingStatus.Booked,
            assignment,
            location: locationOf(type),
            icalUid: randomUUID(),
          }),
        );
        await this.record(m, booking.id, BookingEventKind.Booked, actor, { toStartsAt: booking.startsAt });
        return booking.id;
      }),
    );
  }

  async reschedule(actor: AuthUser, input: RescheduleBookingInput): Promise<string> {
    const current = await this.find(this.db.manager, input.bookingId);
    this.access.assertCanChange(actor, current);
    return this.raceSafe({ sessionTypeId: current.sessionTypeId, coachId: current.coachId }, current.studentId, input.start, () =>
      this.db.transaction(async (m) => {
        const booking = await this.lockActive(m, input.bookingId);
        const type = await this.types.get(booking.sessionTypeId, m);
        this.assertBeforeCutoff(actor, booking, type);
        const start = input.start.getTime();
        const window = { start: start - 86400_000, end: start + 86400_000 };
        const cal = await this.calendars.load(m, [booking.coachId], window, booking.studentId, booking.id);
        const refusal = whyNotOffered(cal.coaches[0], this.slots.query(type, cal, window, Date.now()), start);
        if (refusal) throw refusal === 'BUSY' || refusal === 'STUDENT_BUSY' ? new SlotTakenError([], refusal === 'BUSY' ? 'coach' : 'student') : new SlotNotOfferedError(refusal);
        const from = booking.startsAt;
        Object.assign(booking, this.times(type, start), { icalSequence: booking.icalSequence + 1 });
        await m.getRepository(BookingEntity).save(booking);
        await this.record(m, booking.id, BookingEventKind.Rescheduled, actor, { fromStartsAt: from, toStartsAt: booking.startsAt });
        return booking.id;
      }),
    );
  }

  async cancel(actor: AuthUser, input: CancelBookingInput): Promise<string> {
    return this.db.transaction(async (m) => {
      const booking = await this.lockActive(m, input.bookingId, actor, 'change');
      this.assertBeforeCutoff(actor, booking, await this.types.get(booking.sessionTypeId, m));
      await m.getRepository(BookingEntity).update(
        { id: booking.id },
        { status: BookingStatus.Cancelled, cancelReason: input.reason, icalSequence: booking.icalSequence + 1 },
      );
      await this.record(m, booking.id, BookingEventKind.Cancelled, actor, { reason: input.reason });
      return booking.id;
    });
  }

  /** The coach (or staff) closes a session that has started: it happened, or the student did not come. */
  async markOutcome(actor: AuthUser, bookingId: string, outcome: BookingStatus.Completed | BookingStatus.NoShow): Promise<string> {
    return this.db.transaction(async (m) => {
      const booking = await this.lockActive(m, bookingId, actor, 'run');
      if (booking.startsAt.getTime() > Date.now()) throw new BadInputError('bookingId', 'This session has not started yet.');
      await m.getRepository(BookingEntity).update({ id: booking.id }, { status: outcome });
      await this.record(m, booking.id, outcome === BookingStatus.Completed ? BookingEventKind.Completed : BookingEventKind.NoShow, actor, {});
      return booking.id;
    });
  }

  /** Staff forgive a no-show: it stops counting towards the self-booking block. */
  async excuseNoShow(actor: AuthUser, bookingId: string, reason: string): Promise<string> {
    reason = reason.trim();
    if (!reason) throw new BadInputError('reason', 'reason: should say why (a few words are enough)');
    if (reason.length > 500) throw new BadInputError('reason', 'reason: must be at most 500 characters');
    return this.db.transaction(async (m) => {
      const result = await m.getRepository(BookingEntity).update({ id: bookingId, status: BookingStatus.NoShow, noShowExcused: false }, { noShowExcused: true });
      if (!result.affected) {
        const booking = await this.find(m, bookingId);
        throw new BookingNotActiveError(booking.noShowExcused ? 'EXCUSED' : booking.status);
      }
      await this.record(m, bookingId, BookingEventKind.NoShowExcused, actor, { reason });
      return bookingId;
    });
  }

  private async chooseCoach(m: EntityManager, type: SessionTypeModel, input: BookSessionInput, studentId: string) {
    const start = input.start.getTime();
    const candidates = await this.slots.candidates(m, type, input.coachId);
    const window = { start: start - 86400_000, end: start + 86400_000 };
    const cal = await this.calendars.load(m, candidates, window, studentId);
    const query = this.slots.query(type, cal, window, Date.now());
    const refusals = cal.coaches.map((c) => ({ coach: c, refusal: whyNotOffered(c, query, start) }));
    const free = refusals.filter((r) => r.refusal === null).map((r) => r.coach);
    if (free.length === 0) {
      const reasons = refusals.map((r) => r.refusal);
      if (reasons.includes('STUDENT_BUSY')) throw new SlotTakenError([], 'student');
      if (reasons.includes('BUSY')) throw new SlotTakenError([]);
      throw new SlotNotOfferedError(reasons[0] ?? 'OUTSIDE_HOURS');
    }
    if (input.coachId) return { coachId: free[0].coachId, assignment: CHOSEN };
    const loads = await this.weeklyLoads(m, free.map((c) => ({ id: c.coachId, week: isoWeekContaining(start, c.timeZone) })));
    const picked = pickCoach(free.map((c) => c.coachId).sort(), (id) => loads.get(id) ?? 0);
    return { coachId: picked.coachId, assignment: picked.rule };
  }

  /** Each coach's non-cancelled bookings in their own ISO week, in one query. */
  private async weeklyLoads(m: EntityManager, coaches: { id: string; week: { start: number; end: number } }[]): Promise<Map<string, number>> {
    const rows = (await m.query(
      `SELECT w.coach_id AS "coachId", count(b.id)::int AS n
         FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) AS w(coach_id, week_start, week_end)
         LEFT JOIN bookings b ON b.coach_id = w.coach_id AND b.status <> 'CANCELLED'
                             AND b.starts_at >= w.week_start AND b.starts_at < w.week_end
        GROUP BY w.coach_id`,
      [coaches.map((c) => c.id), coaches.map((c) => new Date(c.week.start)), coaches.map((c) => new Date(c.week.end))],
    )) as { coachId: string; n: number }[];
    return new Map(rows.map((r) => [r.coachId, r.n]));
  }

  private times(type: SessionTypeModel, start: number) {
    const end = start + type.durationMinutes * 60_000;
    return {
      startsAt: new Date(start),
      endsAt: new Date(end),
      blockedFrom: new Date(start - type.bufferBeforeMinutes * 60_000),
      blockedTo: new Date(end + type.bufferAfterMinutes * 60_000),
    };
  }

  private assertBeforeCutoff(actor: AuthUser, booking: BookingEntity, type: SessionTypeModel): void {
    if (this.access.isStaff(actor)) return;
    if (booking.startsAt.getTime() - Date.now() < type.cancelCutoffHours * 3600_000) throw new AfterCutoffError(type.cancelCutoffHours);
  }

  /** Serialises one student's bookings, so caps are counted exactly under concurrency. */
  private async lockStudent(m: EntityManager, studentId: string): Promise<void> {
    const student = await m.getRepository(UserEntity).findOne({ where: { id: studentId }, lock: { mode: 'pessimistic_write' } });
    if (!student || student.role !== Role.Student) throw new NotFoundError('Student', studentId);
  }

  private async find(m: EntityManager, id: string): Promise<BookingEntity> {
    const booking = await m.getRepository(BookingEntity).findOneBy({ id });
    if (!booking) throw new NotFoundError('Session', id);
    return booking;
  }

  private async lockActive(m: EntityManager, id: string, actor?: AuthUser, check?: 'change' | 'run'): Promise<BookingEntity> {
    const booking = await m.getRepository(BookingEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!booking) throw new NotFoundError('Session', id);
    if (actor && check === 'change') this.access.assertCanChange(actor, booking);
    if (actor && check === 'run') this.access.assertCanRun(actor, booking);
    if (booking.status !== BookingStatus.Booked) throw new BookingNotActiveError(booking.status);
    return booking;
  }

  /** Every change's history row; the same transaction queues its invites and emails. */
  private async record(m: EntityManager, bookingId: string, kind: BookingEventKind, actor: AuthUser, extra: Partial<BookingEventEntity>) {
    const result = await m.getRepository(BookingEventEntity).insert({ bookingId, kind, actorId: actor.id, ...extra });
    await this.mailer.recorded(m, bookingId, kind, result.identifiers[0]?.['id'] as string | undefined);
    return result;
  }

  /**
   * A taken slot, whether seen before inserting or lost at the exclusion constraint (a race),
   * becomes CONFLICT with the next free starts, looked up after the failed transaction ended.
   */
  private async raceSafe<T>(
    input: { sessionTypeId: string; coachId?: string | null },
    studentId: string,
    wanted: Date,
    work: () => Promise<T>,
  ): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const violation = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
      const coachTaken = error instanceof SlotTakenError ? error.who === 'coach' : violation?.code === '23P01' && violation.constraint !== 'bookings_student_no_overlap';
      if (violation?.code === '23P01' && !coachTaken) throw new SlotTakenError([], 'student');
      if (!coachTaken) throw error;
      throw new SlotTakenError(await this.slots.nextFree(this.db.manager, input, studentId, wanted));
    }
  }
}

function locationOf(type: SessionTypeModel): string {
  if (type.locationKind === LocationKind.Room) return type.room ?? 'Career center';
  return 'Video call — your coach shares the link';
}
