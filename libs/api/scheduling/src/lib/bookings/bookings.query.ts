import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, BadInputError, NotFoundError } from '@debrief/api/core';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { SchedulingAccess } from '../scheduling.access';
import { BookingStatus } from '../scheduling.enums';
import { BookingEntity } from './booking.entity';
import { BookingEventEntity } from './booking-event.entity';
import { BookingScope } from './booking.inputs';
import { BookingEventModel, BookingModel } from './booking.model';

interface Row {
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
    const row = await this.base().where('b.id = :id', { id }).getRawOne<Row>();
    if (!row) throw new NotFoundError('Session', id);
    this.access.assertCanSee(actor, row);
    return toModel(row);
  }

  async forStudent(actor: AuthUser, studentId: string | null | undefined, scope: BookingScope): Promise<BookingModel[]> {
    const target = this.access.studentListFor(actor, studentId);
    const q = this.base().where('b.student_id = :target', { target });
    if (scope === BookingScope.Upcoming) q.andWhere('b.ends_at > now()').orderBy('b.starts_at', 'ASC');
    else if (scope === BookingScope.Past) q.andWhere('b.ends_at <= now()').orderBy('b.starts_at', 'DESC');
    else q.orderBy('b.starts_at', 'DESC');
    return (await q.limit(500).getRawMany<Row>()).map(toModel);
  }

  async forCoach(actor: AuthUser, coachId: string | null | undefined, from: Date, to: Date): Promise<BookingModel[]> {
    if (to <= from) throw new BadInputError('to', 'to: must be after from');
    const target = coachId ?? actor.id;
    if (target !== actor.id && !this.access.isStaff(actor)) this.access.assertCanSee(actor, { studentId: '', coachId: target });
    const rows = await this.base()
      .where('b.coach_id = :target AND b.starts_at < :to AND b.ends_at > :from', { target, from, to })
      .orderBy('b.starts_at', 'ASC')
      .limit(1000)
      .getRawMany<Row>();
    return rows.map(toModel);
  }

  /** History for many bookings at once (the DataLoader batch). */
  async history(bookingIds: readonly string[]): Promise<BookingEventModel[][]> {
    const rows = await this.db
      .getRepository(BookingEventEntity)
      .createQueryBuilder('e')
      .leftJoin('e.actor', 'a')
      .select(['e.id AS id', 'e.booking_id AS "bookingId"', 'e.kind AS kind', 'a.name AS "actorName"', 'e.at AS at'])
      .addSelect(['e.from_starts_at AS "fromStartsAt"', 'e.to_starts_at AS "toStartsAt"', 'e.reason AS reason'])
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
      .innerJoin('b.coach', 'c')
      .innerJoin('b.student', 's')
      .select(['b.id AS id', 'b.status AS status', 'b.starts_at AS "startsAt"', 'b.ends_at AS "endsAt"'])
      .addSelect(['t.id AS "sessionTypeId"', 't.name AS "sessionTypeName"', 't.category AS category'])
      .addSelect(['t.interview_minutes AS "interviewMinutes"', 't.preparation AS preparation'])
      .addSelect(['c.id AS "coachId"', 'c.name AS "coachName"', 'c.time_zone AS "coachTimeZone"'])
      .addSelect(['s.id AS "studentId"', 's.name AS "studentName"', 's.time_zone AS "studentTimeZone"'])
      .addSelect(['b.location AS location', 'b.assignment AS assignment', 'b.cancel_reason AS "cancelReason"'])
      .addSelect(['b.no_show_excused AS "noShowExcused"', 'b.created_at AS "createdAt"']);
  }
}

function toModel(r: Row): BookingModel {
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
    location: r.location,
    assignment: r.assignment,
    cancelReason: r.cancelReason,
    noShowExcused: r.noShowExcused,
    createdAt: r.createdAt,
  };
}
