import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, BadInputError, NotFoundError } from '@debrief/api/core';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { SchedulingAccess } from '../scheduling.access';
import { BookingNotActiveError } from '../scheduling.errors';
import { BookingStatus, LocationKind } from '../scheduling.enums';
import { BookingEntity } from './booking.entity';
import { BookingEventEntity } from './booking-event.entity';
import { BookingScope } from './booking.inputs';
import { BookingEventModel, BookingModel } from './booking.model';

export interface BookingRow {
  id: string;
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
  sessionTypeId: string;
  sessionTypeName: string;
  category: BookingModel['category'];
  interviewMinutes: number | null;
  preparation: string;
  coachId: string;
  coachName: string;
  coachTimeZone: string;
  studentId: string;
  studentName: string;
  studentTimeZone: string;
  locationKind: LocationKind;
  location: string;
  assignment: string;
  cancelReason: string | null;
  noShowExcused: boolean;
  createdAt: Date;
}

/** Reads of bookings: one query per list, whatever its length, filtered by who may see what. */
@Injectable()
export class BookingsQuery {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: SchedulingAccess,
  ) {}

  async get(actor: AuthUser, id: string): Promise<BookingModel> {
    const row = await this.base().where('b.id = :id', { id }).getRawOne<BookingRow>();
    if (!row) throw new NotFoundError('Session', id);
    this.access.assertCanSee(actor, row);
    return toModel(row);
  }

  /** A booking the actor may reschedule, still active (for a reschedule's slot search). */
  async movable(actor: AuthUser, id: string): Promise<{ id: string; sessionTypeId: string; coachId: string; studentId: string }> {
    const booking = await this.db.getRepository(BookingEntity).findOne({ where: { id }, select: { id: true, sessionTypeId: true, coachId: true, studentId: true, status: true } });
    if (!booking) throw new NotFoundError('Session', id);
    this.access.assertCanChange(actor, booking);
    if (booking.status !== BookingStatus.Booked) throw new BookingNotActiveError(booking.status);
    return booking;
  }

  async forStudent(actor: AuthUser, studentId: string | null | undefined, scope: BookingScope): Promise<BookingModel[]> {
    const target = this.access.studentListFor(actor, studentId);
    const q = this.base().where('b.student_id = :target', { target });
    if (scope === BookingScope.Upcoming) q.andWhere('b.ends_at > now()').orderBy('b.starts_at', 'ASC');
    else if (scope === BookingScope.Past) q.andWhere('b.ends_at <= now()').orderBy('b.starts_at', 'DESC');
    else q.orderBy('b.starts_at', 'DESC');
    return (await q.limit(500).getRawMany<BookingRow>()).map(toModel);
  }

  async forCoach(actor: AuthUser, coachId: string | null | undefined, from: Date, to: Date): Promise<BookingModel[]> {
    if (to <= from) throw new BadInputError('to', 'to: must be after from');
    const target = this.access.coachListFor(actor, coachId);
    const rows = await this.base()
      .where('b.coach_id = :target AND b.starts_at < :to AND b.ends_at > :from', { target, from, to })
      .orderBy('b.starts_at', 'ASC')
      .limit(1000)
      .getRawMany<BookingRow>();
    return rows.map(toModel);
  }

  /** History for many bookings at once (the DataLoader batch). */
  async history(bookingIds: readonly string[]): Promise<BookingEventModel[][]> {
    const rows = await this.db
      .getRepository(BookingEventEntity)
      .createQueryBuilder('e')
      .leftJoin('identity_directory', 'a', 'a.id = e.actor_id')
      .select(['e.id AS id', 'e.booking_id AS "bookingId"', 'e.kind AS kind', 'a.name AS "actorName"', 'e.at AS at'])
      .addSelect(['e.from_starts_at AS "fromStartsAt"', 'e.to_starts_at AS "toStartsAt"', 'e.reason AS reason', 'e.location AS location'])
      .where('e.booking_id IN (:...ids)', { ids: [...bookingIds] })
      .orderBy('e.at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .getRawMany<BookingEventModel & { bookingId: string }>();
    return bookingIds.map((id) => rows.filter((r) => r.bookingId === id));
  }

  private base(): SelectQueryBuilder<BookingEntity> {
    return this.db
      .getRepository(BookingEntity)
      .createQueryBuilder('b')
      .innerJoin('b.sessionType', 't')
      .innerJoin('identity_directory', 'c', 'c.id = b.coach_id')
      .innerJoin('identity_directory', 's', 's.id = b.student_id')
      .select(BOOKING_COLUMNS);
  }
}

/** What a booking read selects, over bookings b, session_types t, coach c and student s. */
export const BOOKING_COLUMNS = [
  'b.id AS id',
  'b.status AS status',
  'b.starts_at AS "startsAt"',
  'b.ends_at AS "endsAt"',
  't.id AS "sessionTypeId"',
  't.name AS "sessionTypeName"',
  't.category AS category',
  't.interview_minutes AS "interviewMinutes"',
  't.preparation AS preparation',
  't.location_kind AS "locationKind"',
  'c.id AS "coachId"',
  'c.name AS "coachName"',
  'c.time_zone AS "coachTimeZone"',
  's.id AS "studentId"',
  's.name AS "studentName"',
  's.time_zone AS "studentTimeZone"',
  'b.location AS location',
  'b.assignment AS assignment',
  'b.cancel_reason AS "cancelReason"',
  'b.no_show_excused AS "noShowExcused"',
  'b.created_at AS "createdAt"',
];

export function toModel(r: BookingRow): BookingModel {
  return {
    id: r.id,
    status: r.status,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    sessionTypeId: r.sessionTypeId,
    sessionTypeName: r.sessionTypeName,
    category: r.category,
    interviewMinutes: r.interviewMinutes,
    preparation: r.preparation,
    coach: { id: r.coachId, name: r.coachName, timeZone: r.coachTimeZone },
    student: { id: r.studentId, name: r.studentName, timeZone: r.studentTimeZone },
    locationKind: r.locationKind,
    location: r.location,
    assignment: r.assignment,
    cancelReason: r.cancelReason,
    noShowExcused: r.noShowExcused,
    createdAt: r.createdAt,
  };
}
