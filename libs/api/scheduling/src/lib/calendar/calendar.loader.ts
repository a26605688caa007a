import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, NotFoundError, preparedQuery } from '@debrief/api/core';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { BookingPolicyEntity } from '../policy/booking-policy.entity';
import { CoachDoesNotOfferTypeError, SessionTypeRetiredError } from '../scheduling.errors';
import { SessionTypeEntity } from '../session-types/session-type.entity';
import { SessionTypeModel } from '../session-types/session-type.model';
import { Closure, CoachCalendar, DateOverride, Interval } from '../slots/slot-types';

export interface Calendars {
  coaches: CoachCalendar[];
  closures: Closure[];
  studentBusy: Interval[];
  centerTimeZone: string;
  /** Each loaded coach's video-meeting link (null when they have not set one). */
  meetingUrls: Map<string, string | null>;
}

/** What one slot search or booking needs to know, read in a single statement. */
export interface SchedulingFacts {
  type: SessionTypeModel;
  cal: Calendars;
  /** Only when asked for (`standingAt`): the student's policy facts, read after their row lock. */
  student?: StudentFacts;
}

export interface StudentFacts {
  policy: Pick<BookingPolicyEntity, 'maxActiveBookings' | 'noShowLimit' | 'noShowWindowDays'>;
  /** Unexcused no-shows inside the policy window, newest first. */
  missedStarts: Date[];
  activeOverall: number;
  activeOfType: number;
}

export interface CalendarRequest {
  sessionTypeId: string;
  /** One coach, or null/undefined for every active coach who offers the type. */
  coachId?: string | null;
  /** With a coachId: whether that coach must offer the type (false when moving an existing booking). */
  coachMustOffer?: boolean;
  window: Interval;
  studentId: string | null;
  /** A booking being moved: its own time does not count as busy. */
  excludeBookingId?: string | null;
  /** Refuse a retired type (searching and booking; moving an existing booking may use one). */
  requireBookable?: boolean;
  /** Booking: also read the policy, the student's no-shows and active-booking counts as of this instant. */
  standingAt?: Date;
}

const NO_ID = '00000000-0000-0000-0000-000000000000';
const ACTIVE = `('BOOKED', 'COMPLETED', 'NO_SHOW')`;
/** One named coach: one index probe (whether they offer the type checked only when it must, $3). */
const ONE_COACH = `
  SELECT d.id, d.time_zone, d.meeting_url FROM identity_directory d
   WHERE d.id = $2::uuid
     AND (NOT $3 OR (d.role = 'COACH' AND d.active
          AND EXISTS (SELECT 1 FROM session_type_coaches o WHERE o.session_type_id = $1 AND o.coach_id = d.id)))`;
/** Any coach: the active coaches who offer the type ($2 and $3 only keep the parameter list one shape). */
const ANY_COACH = `
  SELECT d.id, d.time_zone, d.meeting_url FROM session_type_coaches o JOIN identity_directory d ON d.id = o.coach_id
   WHERE o.session_type_id = $1 AND d.role = 'COACH' AND d.active AND $2::uuid IS NULL AND $3::boolean IS NOT NULL`;
const ms = (col: string) => `floor(extract(epoch FROM ${col}) * 1000)::bigint`;

/**
 * One statement for everything the slot engine and the booking rules need: the session type
 * and who offers it, the coaches' zones, links, weekly hours, overrides and bookings in the
 * window, the closures, the student's bookings, and (for a booking) the policy, no-shows and
 * caps counts. A fixed cost whatever the number of coaches or days: the page of a slot search
 * and the whole read side of a booking are one round trip each.
 */
@Injectable()
export class CalendarLoader {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async load(manager: EntityManager, req: CalendarRequest): Promise<SchedulingFacts> {
    // Local dates can differ from UTC dates by up to a day either side.
    const firstDate = DateTime.fromMillis(req.window.start, { zone: 'utc' }).minus({ days: 1 }).toISODate() as string;
    const lastDate = DateTime.fromMillis(req.window.end, { zone: 'utc' }).plus({ days: 1 }).toISODate() as string;
    const standing = req.standingAt
      ? `,
        (SELECT json_build_array(p.max_active_bookings, p.no_show_limit, p.no_show_window_days) FROM booking_policy p WHERE p.id = 1) AS policy,
        (SELECT coalesce(json_agg(${ms('b.starts_at')} ORDER BY b.starts_at DESC), '[]') FROM bookings b, booking_policy p
          WHERE p.id = 1 AND b.student_id = $5 AND b.status = 'NO_SHOW' AND NOT b.no_show_excused
            AND b.starts_at > $10::timestamptz - p.no_show_window_days * interval '1 day') AS missed,
        (SELECT json_build_array(count(*), count(*) FILTER (WHERE b.session_type_id = $1)) FROM bookings b
          WHERE b.student_id = $5 AND b.status = 'BOOKED' AND b.starts_at > $10) AS active`
      : '';
    const text =
      `WITH coach AS (${req.coachId ? ONE_COACH : ANY_COACH})
       SELECT
        (SELECT row_to_json(t) FROM session_types t WHERE t.id = $1) AS type,
        (SELECT coalesce(json_agg(o.coach_id ORDER BY o.coach_id), '[]') FROM session_type_coaches o WHERE o.session_type_id = $1) AS "typeCoaches",
        (SELECT coalesce(json_agg(json_build_array(c.id, c.time_zone, c.meeting_url) ORDER BY c.id), '[]') FROM coach c) AS coaches,
        (SELECT coalesce(json_agg(json_build_array(w.coach_id, w.weekday, w.start_minute, w.end_minute)), '[]')
           FROM weekly_hours w WHERE w.coach_id IN (SELECT id FROM coach)) AS weekly,
        (SELECT coalesce(json_agg(json_build_array(o.coach_id, o.date, o.kind, o.start_minute, o.end_minute)), '[]')
           FROM availability_overrides o WHERE o.coach_id IN (SELECT id FROM coach) AND o.date BETWEEN $6::date AND $7::date) AS overrides,
        (SELECT coalesce(json_agg(json_build_array(c.start_date, c.end_date)), '[]')
           FROM closures c WHERE c.start_date <= $7::date AND c.end_date >= $6::date) AS closures,
        (SELECT coalesce(json_agg(json_build_array(b.coach_id, ${ms('b.blocked_from')}, ${ms('b.blocked_to')})), '[]')
           FROM bookings b WHERE b.coach_id IN (SELECT id FROM coach) AND b.status IN ${ACTIVE} AND b.id <> $4
            AND b.blocked_from < $9 AND b.blocked_to > $8) AS busy,
        (SELECT coalesce(json_agg(json_build_array(${ms('b.starts_at')}, ${ms('b.ends_at')})), '[]')
           FROM bookings b WHERE b.student_id = $5 AND b.status IN ${ACTIVE} AND b.id <> $4
            AND b.starts_at < $9 AND b.ends_at > $8) AS "studentBusy"${standing}`;
    // Four shapes (one coach or any, booking or search), each a named statement planned once per connection.
    const name = `scheduling_calendar_${req.coachId ? 'one' : 'any'}${req.standingAt ? '_standing' : ''}`;
    const rows = await preparedQuery<RawFacts>(
      manager,
      { name, text },
      [
        req.sessionTypeId,
        req.coachId ?? null,
        req.coachMustOffer ?? true,
        req.excludeBookingId ?? NO_ID,
        req.studentId ?? NO_ID,
        firstDate,
        lastDate,
        new Date(req.window.start),
        new Date(req.window.end),
        ...(req.standingAt ? [req.standingAt] : []),
      ],
      this.config.database.preparedStatements,
    );
    const r = rows[0];
    if (!r.type) throw new NotFoundError('Session type', req.sessionTypeId);
    const type: SessionTypeModel = { ...fromJsonRow(manager, r.type), coachIds: r.typeCoaches };
    if (req.requireBookable && type.retiredAt) throw new SessionTypeRetiredError();
    if (req.coachId && (req.coachMustOffer ?? true) && r.coaches.length === 0) throw new CoachDoesNotOfferTypeError();

    const coaches = r.coaches.map<CoachCalendar>(([coachId, timeZone]) => ({ coachId, timeZone, weekly: [], overrides: [], busy: [] }));
    const byId = new Map(coaches.map((c) => [c.coachId, c]));
    for (const [id, weekday, startMinute, endMinute] of r.weekly) byId.get(id)?.weekly.push({ weekday, startMinute, endMinute });
    for (const [id, date, kind, startMinute, endMinute] of r.overrides) byId.get(id)?.overrides.push(toOverride(date, kind, startMinute, endMinute));
    for (const [id, start, end] of r.busy) byId.get(id)?.busy.push({ start: Number(start), end: Number(end) });
    // The engine expects each coach's weekly ranges in a stable order.
    for (const c of coaches) c.weekly.sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute);

    return {
      type,
      cal: {
        coaches,
        closures: r.closures.map(([startDate, endDate]) => ({ startDate, endDate })),
        studentBusy: req.studentId ? r.studentBusy.map(([start, end]) => ({ start: Number(start), end: Number(end) })) : [],
        centerTimeZone: this.config.center.timeZone,
        meetingUrls: new Map(r.coaches.map(([id, , url]) => [id, url])),
      },
      student: req.standingAt && r.policy && r.active
        ? {
            policy: { maxActiveBookings: r.policy[0], noShowLimit: r.policy[1], noShowWindowDays: r.policy[2] },
            missedStarts: (r.missed ?? []).map((t) => new Date(Number(t))),
            activeOverall: Number(r.active[0]),
            activeOfType: Number(r.active[1]),
          }
        : undefined,
    };
  }
}

interface RawFacts {
  type: Record<string, unknown> | null;
  typeCoaches: string[];
  coaches: [string, string, string | null][];
  weekly: [string, number, number, number][];
  overrides: [string, string, DateOverride['kind'], number | null, number | null][];
  closures: [string, string][];
  busy: [string, number | string, number | string][];
  studentBusy: [number | string, number | string][];
  policy?: [number, number, number] | null;
  missed?: (number | string)[];
  active?: [number | string, number | string] | null;
}

/** A session_types row read as JSON, turned into the entity's shape (timestamps back to Dates). */
function fromJsonRow(manager: EntityManager, json: Record<string, unknown>): SessionTypeEntity {
  const entity = {} as Record<string, unknown>;
  for (const column of manager.connection.getMetadata(SessionTypeEntity).columns) {
    const value = json[column.databaseName];
    entity[column.propertyName] = value != null && column.type === 'timestamptz' ? new Date(value as string) : value;
  }
  return entity as unknown as SessionTypeEntity;
}

function toOverride(date: string, kind: DateOverride['kind'], startMinute: number | null, endMinute: number | null): DateOverride {
  return startMinute === null || endMinute === null ? { date, kind } : { date, kind, startMinute, endMinute };
}
