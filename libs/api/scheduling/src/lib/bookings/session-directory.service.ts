import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@debrief/api/identity';
import { Specialty } from '@debrief/shared/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { ClosureEntity } from '../closures/closure.entity';
import { BookingStatus } from '../scheduling.enums';
import { SessionTypeEntity } from '../session-types/session-type.entity';
import { BookingEntity } from './booking.entity';

/** A session's parties, type, time and state: what other domains may know of a booking. */
export interface SessionSummary {
  id: string;
  coachId: string;
  studentId: string;
  sessionTypeId: string;
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
}

/** A session with its parties' names and its type's details: what the practice room shows and decides on. */
export interface SessionFacts extends SessionSummary {
  coachName: string;
  studentName: string;
  sessionTypeName: string;
  category: Specialty;
  /** The interview part of the session type (null: the type does not split it). */
  interviewMinutes: number | null;
}

export interface SessionListing extends SessionSummary {
  sessionTypeName: string;
}

export interface SessionTypeSummary {
  id: string;
  name: string;
  category: Specialty;
}

export interface ClosureSummary {
  startDate: string;
  endDate: string;
  reason: string;
}

export interface TimeRange {
  id: string;
  startsAt: Date;
  endsAt: Date;
}

const LISTING = `b.id, b.coach_id AS "coachId", b.student_id AS "studentId", b.session_type_id AS "sessionTypeId", b.status,
  b.starts_at AS "startsAt", b.ends_at AS "endsAt", t.name AS "sessionTypeName"`;

/**
 * Scheduling's read interface for the other domains (coaching, workshops, …): sessions, their
 * types, who has coached whom, and the center's closures. Every query on scheduling's tables
 * stays in scheduling; `m` lets a caller read inside its own transaction.
 */
@Injectable()
export class SessionDirectoryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly people: UserDirectoryService,
  ) {}

  /** One session with its parties' names and its type (no access decision: the caller applies its rule). */
  async facts(id: string): Promise<SessionFacts | null> {
    const booking = await this.db.getRepository(BookingEntity).findOneBy({ id });
    if (!booking) return null;
    const type = await this.db.getRepository(SessionTypeEntity).findOneByOrFail({ id: booking.sessionTypeId });
    const name = await this.people.names([booking.coachId, booking.studentId]);
    return {
      ...summary(booking),
      coachName: name(booking.coachId),
      studentName: name(booking.studentId),
      sessionTypeName: type.name,
      category: type.category,
      interviewMinutes: type.interviewMinutes,
    };
  }

  /** One session; `lock` holds its row (FOR UPDATE) for the caller's transaction. */
  async session(id: string, m: EntityManager = this.db.manager, opts: { lock?: boolean } = {}): Promise<SessionSummary | null> {
    const b = await m.getRepository(BookingEntity).findOne({ where: { id }, ...(opts.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    return b ? summary(b) : null;
  }

  async sessions(ids: readonly string[], m: EntityManager = this.db.manager): Promise<Map<string, SessionSummary>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await m.getRepository(BookingEntity).findBy({ id: In(unique) });
    return new Map(rows.map((b) => [b.id, summary(b)]));
  }

  async sessionTypes(ids: readonly string[], m: EntityManager = this.db.manager): Promise<Map<string, SessionTypeSummary>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await m.getRepository(SessionTypeEntity).findBy({ id: In(unique) });
    return new Map(rows.map((t) => [t.id, { id: t.id, name: t.name, category: t.category }]));
  }

  async sessionType(id: string, m?: EntityManager): Promise<SessionTypeSummary | null> {
    return (await this.sessionTypes([id], m)).get(id) ?? null;
  }

  /**
   * The students (among `among`, or all) a coach has run a completed session with: the ground
   * of coaching's "has coached" rule.
   */
  async studentsCoachedBy(coachId: string, among?: readonly string[], m: EntityManager = this.db.manager): Promise<Set<string>> {
    if (among && among.length === 0) return new Set();
    const rows: { student_id: string }[] = among
      ? await m.query(`SELECT DISTINCT student_id FROM bookings WHERE coach_id = $1 AND status = 'COMPLETED' AND student_id = ANY($2::uuid[])`, [coachId, [...new Set(among)]])
      : await m.query(`SELECT DISTINCT student_id FROM bookings WHERE coach_id = $1 AND status = 'COMPLETED'`, [coachId]);
    return new Set(rows.map((r) => r.student_id));
  }

  /** Completed sessions of a student or of a coach, newest first. */
  async completedSessions(of: { studentId: string } | { coachId: string }, limit: number): Promise<SessionListing[]> {
    const [column, id] = 'studentId' in of ? ['student_id', of.studentId] : ['coach_id', of.coachId];
    return this.db.query(
      `SELECT ${LISTING} FROM bookings b JOIN session_types t ON t.id = b.session_type_id
        WHERE b.${column} = $1 AND b.status = 'COMPLETED' ORDER BY b.starts_at DESC LIMIT $2`,
      [id, limit],
    );
  }

  /** A student's booked sessions still to come, soonest first. */
  async upcomingSessions(studentId: string, limit: number): Promise<SessionListing[]> {
    return this.db.query(
      `SELECT ${LISTING} FROM bookings b JOIN session_types t ON t.id = b.session_type_id
        WHERE b.student_id = $1 AND b.status = 'BOOKED' AND b.starts_at > now() ORDER BY b.starts_at LIMIT $2`,
      [studentId, limit],
    );
  }

  /** A student's booked sessions overlapping each of the given time ranges. */
  async bookedOverlapping(studentId: string, ranges: readonly TimeRange[]): Promise<Map<string, SessionListing[]>> {
    const result = new Map<string, SessionListing[]>(ranges.map((r) => [r.id, []]));
    if (ranges.length === 0) return result;
    const rows: (SessionListing & { rangeId: string })[] = await this.db.query(
      `SELECT r.id AS "rangeId", ${LISTING}
         FROM unnest($2::uuid[], $3::timestamptz[], $4::timestamptz[]) AS r(id, starts_at, ends_at)
         JOIN bookings b ON b.student_id = $1 AND b.status = 'BOOKED' AND b.starts_at < r.ends_at AND b.ends_at > r.starts_at
         JOIN session_types t ON t.id = b.session_type_id
        ORDER BY b.starts_at`,
      [studentId, ranges.map((r) => r.id), ranges.map((r) => r.startsAt), ranges.map((r) => r.endsAt)],
    );
    for (const { rangeId, ...session } of rows) result.get(rangeId)?.push(session);
    return result;
  }

  /** The center's closures (holidays, breaks), as dates in the center's zone. */
  async closures(m: EntityManager = this.db.manager): Promise<ClosureSummary[]> {
    const rows = await m.getRepository(ClosureEntity).find();
    return rows.map((c) => ({ startDate: c.startDate, endDate: c.endDate, reason: c.reason }));
  }
}

function summary(b: BookingEntity): SessionSummary {
  return { id: b.id, coachId: b.coachId, studentId: b.studentId, sessionTypeId: b.sessionTypeId, status: b.status, startsAt: b.startsAt, endsAt: b.endsAt };
}
