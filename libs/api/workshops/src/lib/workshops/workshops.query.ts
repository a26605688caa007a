import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { accessSql, AuthUser, NotFoundError, positional } from '@debrief/api/core';
import { UserDirectoryService } from '@debrief/api/identity';
import { SessionDirectoryService } from '@debrief/api/scheduling';
import { DataSource } from 'typeorm';
import { WORKSHOP_ACCESS_COLUMNS, WorkshopsAccess } from '../workshops.access';
import { MyWorkshopsScope, RegistrationStatus, WorkshopStatus } from '../workshops.enums';
import { MyRegistrationModel, WorkshopModel, WorkshopOverlapModel, WorkshopPersonModel, WorkshopRegistrationModel } from './workshop.model';
import { WorkshopFilterInput } from './workshop.inputs';

const COLUMNS = `w.id, w.series_id AS "seriesId", w.title, w.description, w.topics, w.facilitator_ids AS "facilitatorIds",
  w.location, w.starts_at AS "startsAt", w.ends_at AS "endsAt", w.capacity, w.seats_taken AS "seatsTaken",
  w.registration_opens_at AS "registrationOpensAt", w.registration_closes_at AS "registrationClosesAt",
  w.audience_class_years AS "audienceClassYears", w.audience_majors AS "audienceMajors", w.status,
  w.cancel_reason AS "cancelReason",
  (SELECT count(*)::int FROM workshop_registrations q WHERE q.workshop_id = w.id AND q.status = 'WAITLISTED') AS "waitlistLength"`;

type Row = Omit<WorkshopModel, 'seatsLeft' | 'registrationOpen'>;

/** Students see what they may register for: published, upcoming, their class year (`?1`) and major (`?2`). */
const ELIGIBLE = `(cardinality(w.audience_class_years) = 0 OR ?1::int = ANY(w.audience_class_years))
  AND (cardinality(w.audience_majors) = 0 OR lower(?2::text) IN (SELECT lower(x) FROM unnest(w.audience_majors) x))`;

/** Reads of workshops: one query per list, whatever its length, filtered by who may see what. */
@Injectable()
export class WorkshopsQuery {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: WorkshopsAccess,
    private readonly directory: UserDirectoryService,
    private readonly sessions: SessionDirectoryService,
  ) {}

  async get(actor: AuthUser, id: string): Promise<WorkshopModel> {
    const [row] = (await this.db.query(`SELECT ${COLUMNS} FROM workshops w WHERE w.id = $1`, [id])) as Row[];
    if (!row || !this.access.canSeeWorkshop(actor, row)) throw new NotFoundError('Workshop', id);
    return toModel(row);
  }

  async many(ids: readonly string[]): Promise<WorkshopModel[]> {
    if (ids.length === 0) return [];
    const rows = (await this.db.query(`SELECT ${COLUMNS} FROM workshops w WHERE w.id = ANY($1::uuid[]) ORDER BY w.starts_at, w.id`, [[...ids]])) as Row[];
    return rows.map(toModel);
  }

  /**
   * The catalog. Students: published, upcoming and eligible. Coaches: published upcoming ones and
   * those they facilitate. Staff: the same as coaches, or everything with `all`.
   */
  async list(actor: AuthUser, filter: WorkshopFilterInput): Promise<WorkshopModel[]> {
    const params: unknown[] = [actor.id];
    const where: string[] = [];
    const staffAll = !!filter.all && this.access.isStaff(actor);
    if (!staffAll) {
      // What anyone may see (the record rule, as SQL), and of that the upcoming ones — or one's own.
      where.push(accessSql(this.access.catalogRule(actor), 'w', WORKSHOP_ACCESS_COLUMNS, positional(params)), `(w.ends_at > now() OR $1 = ANY(w.facilitator_ids))`);
      if (this.access.isRegistrant(actor)) {
        const profile = await this.directory.studentProfile(actor.id);
        params.push(profile?.classYear ?? null, profile?.major ?? null);
        where.push(`w.status = 'PUBLISHED'`, ELIGIBLE.replace('?1', `$${params.length - 1}`).replace('?2', `$${params.length}`));
      }
    }
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.topic) add('? = ANY(w.topics)', filter.topic);
    if (filter.from) add('w.starts_at >= ?', filter.from);
    if (filter.to) add('w.starts_at < ?', filter.to);
    if (filter.seriesId) add('w.series_id = ?', filter.seriesId);
    const sql = `SELECT ${COLUMNS} FROM workshops w WHERE ($1::uuid IS NOT NULL) ${where.map((w) => `AND ${w}`).join(' ')}
                 ORDER BY w.starts_at, w.id LIMIT 500`;
    return ((await this.db.query(sql, params)) as Row[]).map(toModel);
  }

  /** The viewer's workshops: upcoming (live registrations, cancelled workshops included) or past. */
  async mine(actor: AuthUser, scope: MyWorkshopsScope): Promise<WorkshopRegistrationModel[]> {
    const upcoming = scope === MyWorkshopsScope.Upcoming;
    return this.registrations(
      `r.student_id = $1 AND r.status <> 'CANCELLED' AND ${upcoming ? 'w.ends_at > now()' : 'w.ends_at <= now()'}`,
      [actor.id],
      `w.starts_at ${upcoming ? 'ASC' : 'DESC'}`,
    );
  }

  async registrationsById(ids: readonly string[]): Promise<WorkshopRegistrationModel[]> {
    return this.registrations('r.id = ANY($1::uuid[])', [[...ids]], 'w.starts_at');
  }

  private async registrations(where: string, params: unknown[], order: string): Promise<WorkshopRegistrationModel[]> {
    const rows = (await this.db.query(
      `SELECT r.id, r.workshop_id AS "workshopId", r.status, r.promoted_at AS "promotedAt", r.created_at AS "createdAt",
              CASE WHEN r.status = 'WAITLISTED' THEN (SELECT count(*)::int FROM workshop_registrations q
                    WHERE q.workshop_id = r.workshop_id AND q.status = 'WAITLISTED' AND q.queue_no <= r.queue_no) END AS "waitlistPosition"
         FROM workshop_registrations r JOIN workshops w ON w.id = r.workshop_id
        WHERE ${where}
        ORDER BY ${order} LIMIT 500`,
      params,
    )) as Omit<WorkshopRegistrationModel, 'workshop'>[];
    const workshops = new Map((await this.many(rows.map((r) => r.workshopId))).map((w) => [w.id, w]));
    return rows.map((r) => ({ ...r, workshop: workshops.get(r.workshopId) as WorkshopModel }));
  }

  /** The viewer's live registration at each workshop (the DataLoader batch). */
  async myRegistrations(studentId: string, workshopIds: readonly string[]): Promise<(MyRegistrationModel | null)[]> {
    const rows = (await this.db.query(
      `SELECT r.id, r.workshop_id AS "workshopId", r.status, r.promoted_at AS "promotedAt", r.created_at AS "createdAt",
              CASE WHEN r.status = 'WAITLISTED' THEN (SELECT count(*)::int FROM workshop_registrations q
                    WHERE q.workshop_id = r.workshop_id AND q.status = 'WAITLISTED' AND q.queue_no <= r.queue_no) END AS "waitlistPosition"
         FROM workshop_registrations r
        WHERE r.student_id = $1 AND r.workshop_id = ANY($2::uuid[]) AND r.status <> 'CANCELLED'`,
      [studentId, [...workshopIds]],
    )) as (MyRegistrationModel & { workshopId: string })[];
    return workshopIds.map((id) => rows.find((r) => r.workshopId === id) ?? null);
  }

  /** The viewer's booked sessions overlapping each workshop (registering stays allowed). */
  async overlaps(studentId: string, workshopIds: readonly string[]): Promise<WorkshopOverlapModel[][]> {
    const ranges = (await this.db.query(`SELECT id, starts_at AS "startsAt", ends_at AS "endsAt" FROM workshops WHERE id = ANY($1::uuid[])`, [[...workshopIds]])) as {
      id: string;
      startsAt: Date;
      endsAt: Date;
    }[];
    const overlapping = await this.sessions.bookedOverlapping(studentId, ranges);
    return workshopIds.map((id) =>
      (overlapping.get(id) ?? []).map((b) => ({ bookingId: b.id, sessionTypeName: b.sessionTypeName, startsAt: b.startsAt, endsAt: b.endsAt })),
    );
  }

  async people(ids: readonly string[]): Promise<WorkshopPersonModel[]> {
    const people = await this.directory.people(ids);
    return ids.filter((id) => people.has(id)).map((id) => ({ id, name: people.get(id)?.name ?? '' }));
  }
}

function toModel(r: Row): WorkshopModel {
  const now = Date.now();
  const opens = new Date(r.registrationOpensAt);
  const closes = new Date(r.registrationClosesAt);
  const starts = new Date(r.startsAt);
  return {
    ...r,
    seatsLeft: Math.max(0, r.capacity - r.seatsTaken),
    registrationOpen: r.status === WorkshopStatus.Published && opens.getTime() <= now && now < Math.min(closes.getTime(), starts.getTime()),
  };
}

export const isSeatHolding = (s: RegistrationStatus) => s === RegistrationStatus.Registered || s === RegistrationStatus.Attended || s === RegistrationStatus.NoShow;
