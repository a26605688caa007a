import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@debrief/api/core';
import { UserEntity } from '@debrief/api/identity';
import { DateTime } from 'luxon';
import { EntityManager, In } from 'typeorm';
import { AvailabilityOverrideEntity } from '../availability/availability-override.entity';
import { WeeklyHoursEntity } from '../availability/weekly-hours.entity';
import { BookingEntity } from '../bookings/booking.entity';
import { ClosureEntity } from '../closures/closure.entity';
import { BookingStatus } from '../scheduling.enums';
import {
  Closure,
  CoachCalendar,
  DateOverride,
  Interval,
} from '../slots/slot-types';

export interface Calendars {
  coaches: CoachCalendar[];
  closures: Closure[];
  studentBusy: Interval[];
  centerTimeZone: string;
}

const ACTIVE = [
  BookingStatus.Booked,
  BookingStatus.Completed,
  BookingStatus.NoShow,
];

/**
 * Everything the slot engine needs for some coaches over a window, in a fixed number of
 * queries whatever the number of coaches or days: users, weekly hours, overrides, closures,
 * the coaches' bookings and the student's bookings.
 */
@Injectable()
export class CalendarLoader {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async load(
    manager: EntityManager,
    coachIds: string[],
    window: Interval,
    studentId: string | null,
    /** A booking being moved: its own time does not count as busy. */
    excludeBookingId?: string,
  ): Promise<Calendars> {
    const from = new Date(window.start);
    const to = new Date(window.end);
    // Local dates can differ from UTC dates by up to a day either side.
    const firstDate = DateTime.fromMillis(window.start, { zone: 'utc' })
      .minus({ days: 1 })
      .toISODate() as string;
    const lastDate = DateTime.fromMillis(window.end, { zone: 'utc' })
      .plus({ days: 1 })
      .toISODate() as string;
    const ids =
      coachIds.length > 0 ? coachIds : ['00000000-0000-0000-0000-000000000000'];

    // One after another: inside a transaction they share one connection anyway.
    const users = await manager
      .getRepository(UserEntity)
      .find({ where: { id: In(ids) }, select: { id: true, timeZone: true } });
    const weekly = await manager
      .getRepository(WeeklyHoursEntity)
      .find({ where: { coachId: In(ids) } });
    const overrides = await manager
      .getRepository(AvailabilityOverrideEntity)
      .createQueryBuilder('o')
      .where(
        'o.coach_id IN (:...ids) AND o.date BETWEEN :firstDate AND :lastDate',
        { ids, firstDate, lastDate },
      )
      .getMany();
    const closures = await manager
      .getRepository(ClosureEntity)
      .createQueryBuilder('c')
      .where('c.start_date <= :lastDate AND c.end_date >= :firstDate', {
        firstDate,
        lastDate,
      })
      .getMany();
    const busy = await manager
      .getRepository(BookingEntity)
      .createQueryBuilder('b')
      .select(['b.coachId', 'b.blockedFrom', 'b.blockedTo'])
      .where('b.coach_id IN (:...ids) AND b.status IN (:...active) AND b.id <> :exclude', {
        exclude: excludeBookingId ?? '00000000-0000-0000-0000-000000000000',
        ids,
        active: ACTIVE,
      })
      .andWhere('b.blocked_from < :to AND b.blocked_to > :from', { from, to })
      .getMany();
    const studentBookings = studentId
      ? await manager
          .getRepository(BookingEntity)
          .createQueryBuilder('b')
          .select(['b.startsAt', 'b.endsAt'])
          .where('b.student_id = :studentId AND b.status IN (:...active) AND b.id <> :exclude', {
            studentId,
            active: ACTIVE,
            exclude: excludeBookingId ?? '00000000-0000-0000-0000-000000000000',
          })
          .andWhere('b.starts_at < :to AND b.ends_at > :from', { from, to })
          .getMany()
      : [];

    const zoneOf = new Map(users.map((u) => [u.id, u.timeZone]));
    const coaches = coachIds
      .filter((id) => zoneOf.has(id))
      .map<CoachCalendar>((coachId) => ({
        coachId,
        timeZone: zoneOf.get(coachId) as string,
        weekly: weekly
          .filter((w) => w.coachId === coachId)
          .map(({ weekday, startMinute, endMinute }) => ({
            weekday,
            startMinute,
            endMinute,
          })),
        overrides: overrides
          .filter((o) => o.coachId === coachId)
          .map(toOverride),
        busy: busy
          .filter((b) => b.coachId === coachId)
          .map((b) => ({
            start: b.blockedFrom.getTime(),
            end: b.blockedTo.getTime(),
          })),
      }));
    return {
      coaches,
      closures: closures.map(({ startDate, endDate }) => ({
        startDate,
        endDate,
      })),
      studentBusy: studentBookings.map((b) => ({
        start: b.startsAt.getTime(),
        end: b.endsAt.getTime(),
      })),
      centerTimeZone: this.config.center.timeZone,
    };
  }
}

function toOverride(o: AvailabilityOverrideEntity): DateOverride {
  return o.startMinute === null || o.endMinute === null
    ? { date: o.date, kind: o.kind }
    : {
        date: o.date,
        kind: o.kind,
        startMinute: o.startMinute,
        endMinute: o.endMinute,
      };
}
