import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@debrief/api/core';
import { UserDirectoryService } from '@debrief/api/identity';
import { buildInvite, CalendarFeedRegistry, JobContext, JobQueue, JobRegistry, OutboxService } from '@debrief/api/notifications';
import { FacilitatorNotice, facilitatorEmail, workshopEmail, WorkshopNotice } from './workshop.template';
import { EntityManager } from 'typeorm';
import { facilitatorKey, parseMailbox, workshopEvent } from './workshop-calendar';

export const WORKSHOP_NOTICE_JOB = 'workshop.notice';
export const FACILITATOR_NOTICE_JOB = 'workshop.facilitator-notice';

interface FacilitatorPayload {
  notice: FacilitatorNotice;
  workshopId: string;
  sequence: number;
  userIds: string[];
}

export interface WorkshopEvent {
  notice: WorkshopNotice;
  workshopId: string;
  /** The registrations concerned; for workshop-wide notices, every registered and waitlisted one. */
  registrationIds: string[];
}

/** What the job carries: the facts at the time of the change, so a late run tells the same story. */
interface NoticePayload {
  notice: WorkshopNotice;
  workshopId: string;
  sequence: number;
  registrations: { id: string; holdsSeat: boolean }[];
}

interface Recipient {
  registrationId: string;
  email: string;
  name: string;
  timeZone: string;
  waitlistPosition: number | null;
}

interface WorkshopRow {
  title: string;
  description: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
  cancelReason: string | null;
  icalUid: string;
  status: string;
}

const SEAT = ['REGISTERED', 'ATTENDED', 'NO_SHOW'];

/**
 * Tells students what happened to their workshop places. The change's transaction enqueues a
 * job (so the notice exists exactly when the change was committed); the job renders one email
 * per student into the outbox, with a calendar invite when they hold a seat: REQUEST (same UID,
 * the workshop's SEQUENCE, which every visible change raises), CANCEL when the seat or the workshop
 * goes; nothing calendar-wise while only waitlisted. It also feeds students' calendar subscriptions.
 */
@Injectable()
export class WorkshopNotifier implements OnModuleInit {
  constructor(
    private readonly outbox: OutboxService,
    private readonly queue: JobQueue,
    private readonly jobs: JobRegistry,
    private readonly feeds: CalendarFeedRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly people: UserDirectoryService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<NoticePayload>(WORKSHOP_NOTICE_JOB, (payload, ctx) => this.deliver(payload, ctx));
    this.jobs.register<FacilitatorPayload>(FACILITATOR_NOTICE_JOB, (payload, ctx) => this.deliverToFacilitators(payload, ctx));
    this.feeds.register({ name: 'workshops', eventsFor: (m, userId, window) => this.feedEvents(m, userId, window) });
  }

  async emit(m: EntityManager, event: WorkshopEvent): Promise<void> {
    if (event.registrationIds.length === 0) return;
    const regs = (await m.query(`SELECT id, status::text FROM workshop_registrations WHERE id = ANY($1::uuid[])`, [event.registrationIds])) as { id: string; status: string }[];
    const [w] = (await m.query(`SELECT ical_sequence AS seq FROM workshops WHERE id = $1`, [event.workshopId])) as { seq: number }[];
    const payload: NoticePayload = {
      notice: event.notice,
      workshopId: event.workshopId,
      sequence: w.seq,
      registrations: regs.map((r) => ({ id: r.id, holdsSeat: SEAT.includes(r.status) })),
    };
    await this.queue.enqueue(m, WORKSHOP_NOTICE_JOB, payload);
  }

  /**
   * Tells facilitators (all of the workshop's, or the given ones) that they run it, that it changed
   * or was cancelled, or that they no longer run it; each with their own calendar event. Drafts
   * tell no one.
   */
  async emitToFacilitators(m: EntityManager, workshopId: string, notice: FacilitatorNotice, userIds?: string[]): Promise<void> {
    const [w] = (await m.query(`SELECT ical_sequence AS seq, facilitator_ids AS "facilitatorIds", status::text FROM workshops WHERE id = $1`, [workshopId])) as {
      seq: number;
      facilitatorIds: string[];
      status: string;
    }[];
    const ids = userIds ?? w?.facilitatorIds ?? [];
    if (!w || w.status === 'DRAFT' || ids.length === 0) return;
    const payload: FacilitatorPayload = { notice, workshopId, sequence: w.seq, userIds: ids };
    await this.queue.enqueue(m, FACILITATOR_NOTICE_JOB, payload);
  }

  private async deliverToFacilitators(p: FacilitatorPayload, { manager: m, jobId }: JobContext): Promise<void> {
    const [w] = (await m.query(
      `SELECT title, description, location, starts_at AS "startsAt", ends_at AS "endsAt", cancel_reason AS "cancelReason", ical_uid AS "icalUid", status::text
         FROM workshops WHERE id = $1`,
      [p.workshopId],
    )) as WorkshopRow[];
    if (!w) return;
    const people = [...(await this.people.people(p.userIds, m)).values()];
    const organizer = parseMailbox(this.config.center.mailFrom);
    const off = p.notice === FacilitatorNotice.Cancelled || p.notice === FacilitatorNotice.Unassigned;
    const method = off ? 'CANCEL' : 'REQUEST';
    for (const person of people) {
      const mail = facilitatorEmail({
        notice: p.notice,
        centerName: this.config.center.name,
        facilitatorName: person.name,
        timeZone: person.timeZone,
        title: w.title,
        location: w.location,
        startsAt: new Date(w.startsAt),
        endsAt: new Date(w.endsAt),
        cancelReason: w.cancelReason,
        workshopUrl: `${this.config.publicUrl}/workshops/${p.workshopId}`,
      });
      const event = workshopEvent({
        workshopUid: w.icalUid,
        registrationId: facilitatorKey(person.id),
        // Taken off a workshop that goes on: their own event ends one revision later.
        sequence: p.notice === FacilitatorNotice.Unassigned ? p.sequence + 1 : p.sequence,
        cancelled: off,
        title: w.title,
        description: w.description,
        location: w.location,
        startsAt: new Date(w.startsAt),
        endsAt: new Date(w.endsAt),
        organizer,
        attendee: { name: person.name, email: person.email },
        attendeeRole: 'CHAIR',
      });
      await this.outbox.enqueue(m, {
        kind: `workshop-facilitator-${p.notice.toLowerCase()}`,
        to: person.email,
        ...mail,
        calendar: { method, ics: buildInvite(method, event), uid: event.uid, sequence: event.sequence },
        dedupeKey: `${jobId}:${person.id}`,
      });
    }
  }

  /** Marks, for a registration-cancelled notice, whether the student had a seat (and so a calendar event to remove). */
  async emitCancelled(m: EntityManager, workshopId: string, registrationId: string, heldSeat: boolean): Promise<void> {
    const [w] = (await m.query(`SELECT ical_sequence AS seq FROM workshops WHERE id = $1`, [workshopId])) as { seq: number }[];
    const payload: NoticePayload = { notice: WorkshopNotice.RegistrationCancelled, workshopId, sequence: w.seq, registrations: [{ id: registrationId, holdsSeat: heldSeat }] };
    await this.queue.enqueue(m, WORKSHOP_NOTICE_JOB, payload);
  }

  private async deliver(p: NoticePayload, { manager: m, jobId }: JobContext): Promise<void> {
    const [w] = (await m.query(
      `SELECT title, description, location, starts_at AS "startsAt", ends_at AS "endsAt", cancel_reason AS "cancelReason", ical_uid AS "icalUid", status::text
         FROM workshops WHERE id = $1`,
      [p.workshopId],
    )) as WorkshopRow[];
    if (!w) return;
    const registrations = (await m.query(
      `SELECT r.id AS "registrationId", r.student_id AS "studentId",
              CASE WHEN r.status = 'WAITLISTED' THEN (SELECT count(*)::int FROM workshop_registrations q
                    WHERE q.workshop_id = r.workshop_id AND q.status = 'WAITLISTED' AND q.queue_no <= r.queue_no) END AS "waitlistPosition"
         FROM workshop_registrations r
        WHERE r.id = ANY($1::uuid[])`,
      [p.registrations.map((r) => r.id)],
    )) as { registrationId: string; studentId: string; waitlistPosition: number | null }[];
    const people = await this.people.people(registrations.map((r) => r.studentId), m);
    const recipients: Recipient[] = registrations.flatMap(({ studentId, ...r }) => {
      const person = people.get(studentId);
      return person ? [{ ...r, email: person.email, name: person.name, timeZone: person.timeZone }] : [];
    });
    const organizer = parseMailbox(this.config.center.mailFrom);
    for (const r of recipients) {
      const holdsSeat = p.registrations.find((x) => x.id === r.registrationId)?.holdsSeat ?? false;
      const mail = workshopEmail({
        notice: p.notice,
        centerName: this.config.center.name,
        studentName: r.name,
        timeZone: r.timeZone,
        title: w.title,
        location: w.location,
        startsAt: new Date(w.startsAt),
        endsAt: new Date(w.endsAt),
        waitlistPosition: r.waitlistPosition,
        holdsSeat,
        cancelReason: w.cancelReason,
        workshopUrl: `${this.config.publicUrl}/workshops/${p.workshopId}`,
      });
      const method = calendarMethod(p.notice, holdsSeat);
      const event = method
        ? workshopEvent({
            workshopUid: w.icalUid,
            registrationId: r.registrationId,
            // Leaving a workshop that goes on: the student's own event ends one revision later.
            sequence: p.notice === WorkshopNotice.RegistrationCancelled ? p.sequence + 1 : p.sequence,
            cancelled: method === 'CANCEL',
            title: w.title,
            description: w.description,
            location: w.location,
            startsAt: new Date(w.startsAt),
            endsAt: new Date(w.endsAt),
            organizer,
            attendee: { name: r.name, email: r.email },
          })
        : null;
      const calendar = method && event ? { method, ics: buildInvite(method, event), uid: event.uid, sequence: event.sequence } : undefined;
      await this.outbox.enqueue(m, {
        kind: `workshop-${p.notice.toLowerCase().replace(/_/g, '-')}`,
        to: r.email,
        ...mail,
        calendar,
        dedupeKey: `${jobId}:${r.registrationId}`,
      });
    }
  }

  /** A student's seats, upcoming and recent, cancelled ones marked CANCELLED so clients remove them. */
  /**
   * A user's workshops, upcoming and recent: the seats a student holds (cancelled ones marked
   * CANCELLED so clients remove them), and the published workshops a coach or staff member
   * facilitates. DTSTAMP is the later of the workshop's and the registration's last change.
   */
  private async feedEvents(m: EntityManager, userId: string, window: { from: Date; to: Date }) {
    const rows = (await m.query(
      `SELECT r.id::text AS "key", r.status = 'CANCELLED' AS "left", w.status::text AS "workshopStatus", w.ical_uid AS "icalUid",
              w.ical_sequence AS seq, w.title, w.description, w.location, w.starts_at AS "startsAt", w.ends_at AS "endsAt",
              greatest(w.updated_at, r.updated_at) AS stamp
         FROM workshop_registrations r JOIN workshops w ON w.id = r.workshop_id
        WHERE r.student_id = $1 AND w.ends_at > $2 AND w.starts_at < $3
          AND (r.status IN ('REGISTERED', 'ATTENDED', 'NO_SHOW') OR (r.status = 'CANCELLED' AND r.seated_at IS NOT NULL))
       UNION ALL
       SELECT 'facilitator:' || $1::text, false, w.status::text, w.ical_uid, w.ical_sequence, w.title, w.description, w.location, w.starts_at, w.ends_at,
              w.updated_at
         FROM workshops w
        WHERE $1::uuid = ANY(w.facilitator_ids) AND w.status <> 'DRAFT' AND w.ends_at > $2 AND w.starts_at < $3`,
      [userId, window.from, window.to],
    )) as {
      key: string;
      left: boolean;
      workshopStatus: string;
      icalUid: string;
      seq: number;
      title: string;
      description: string;
      location: string;
      startsAt: Date;
      endsAt: Date;
      stamp: Date;
    }[];
    const organizer = parseMailbox(this.config.center.mailFrom);
    return rows.map((r) =>
      workshopEvent({
        workshopUid: r.icalUid,
        registrationId: r.key,
        sequence: r.left ? r.seq + 1 : r.seq,
        cancelled: r.left || r.workshopStatus === 'CANCELLED',
        title: r.title,
        description: r.description,
        location: r.location,
        startsAt: new Date(r.startsAt),
        endsAt: new Date(r.endsAt),
        organizer,
        stamp: new Date(r.stamp),
      }),
    );
  }
}

/** REQUEST while they hold a seat, CANCEL when the seat or the workshop goes, nothing for the waitlist. */
export function calendarMethod(notice: WorkshopNotice, holdsSeat: boolean): 'REQUEST' | 'CANCEL' | null {
  if (!holdsSeat) return null;
  switch (notice) {
    case WorkshopNotice.Registered:
    case WorkshopNotice.Promoted:
    case WorkshopNotice.WorkshopChanged:
      return 'REQUEST';
    case WorkshopNotice.RegistrationCancelled:
    case WorkshopNotice.WorkshopCancelled:
      return 'CANCEL';
    default:
      return null;
  }
}
