import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@debrief/api/core';
import { UserDirectoryService } from '@debrief/api/identity';
import { buildInvite, CalendarFeedRegistry, JobContext, JobQueue, JobRegistry, OutboxService } from '@debrief/api/notifications';
import { EntityManager } from 'typeorm';
import { BookingEventKind, BookingStatus } from '../../scheduling.enums';
import { BookingEmailKind, bookingEmail } from './booking.template';
import { bookingEvent, sessionUrl } from './booking-calendar';
import { BookingSnapshot, loadBookingSnapshot, loadBookingsForUser } from './booking-snapshot';

export const BOOKING_CHANGED_JOB = 'booking.changed';
export const BOOKING_REMINDER_JOB = 'booking.reminder';

/** What a change's email needs that the booking no longer shows once changed. */
export interface BookingChangeFacts {
  /** A location change: where the session was before. */
  previousLocation?: string;
}

interface ChangedPayload extends BookingChangeFacts {
  bookingId: string;
  kind: BookingEventKind;
  eventId: string;
}

interface ReminderPayload {
  bookingId: string;
  sequence: number;
  startsAt: string;
  minutesBefore: number;
}

/** The booking changes a calendar must see, and the email each one sends. */
const EMAIL_KINDS: Partial<Record<BookingEventKind, BookingEmailKind>> = {
  [BookingEventKind.Booked]: 'confirmed',
  [BookingEventKind.Rescheduled]: 'rescheduled',
  [BookingEventKind.Cancelled]: 'cancelled',
  [BookingEventKind.LocationChanged]: 'location-changed',
};
const MAIL_WORTHY = Object.keys(EMAIL_KINDS) as BookingEventKind[];

function emailKindOf(kind: BookingEventKind): BookingEmailKind | null {
  return EMAIL_KINDS[kind] ?? null;
}

/**
 * Turns booking changes into invites, emails and reminders. BookingsService.record() calls
 * `recorded()` inside the change's transaction, which only queues a job (one INSERT on the hot
 * path); the job renders the student's and the coach's emails, each in their own time zone,
 * with the .ics, and schedules the reminders. Jobs run with the worker's transaction, so every
 * query here goes through the given manager (one pooled connection on PGlite).
 */
@Injectable()
export class BookingMailer implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly registry: JobRegistry,
    private readonly outbox: OutboxService,
    private readonly feeds: CalendarFeedRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly people: UserDirectoryService,
  ) {}

  onModuleInit(): void {
    this.registry.register<ChangedPayload>(BOOKING_CHANGED_JOB, (p, ctx) => this.changed(p, ctx));
    this.registry.register<ReminderPayload>(BOOKING_REMINDER_JOB, (p, ctx) => this.remind(p, ctx));
    this.feeds.register({
      name: 'bookings',
      // DTSTAMP is the session's last change, so an unchanged feed is byte-identical (and answers 304).
      eventsFor: async (m, userId, window) =>
        (await loadBookingsForUser(m, this.people, userId, window.from, window.to)).map((b) => bookingEvent(this.config, b, new Date(b.updatedAt))),
    });
  }

  /** Called for every booking_events row, in its transaction. */
  async recorded(m: EntityManager, bookingId: string, kind: BookingEventKind, eventId: string | undefined, facts: BookingChangeFacts = {}): Promise<void> {
    if (!eventId || !emailKindOf(kind)) return;
    await this.jobs.enqueue(m, BOOKING_CHANGED_JOB, { bookingId, kind, eventId, ...facts } satisfies ChangedPayload);
  }

  private async changed(p: ChangedPayload, { manager: m }: JobContext): Promise<void> {
    const emailKind = emailKindOf(p.kind);
    const b = await loadBookingSnapshot(m, this.people, p.bookingId);
    if (!b || !emailKind) return;
    // A later change supersedes this one: its own job sends the calendar's current state.
    const [latest] = (await m.query(
      `SELECT id, from_starts_at AS "fromStartsAt", reason FROM booking_events
        WHERE booking_id = $1 AND kind = ANY($2::booking_event_kind[]) ORDER BY at DESC, id DESC LIMIT 1`,
      [b.id, MAIL_WORTHY],
    )) as { id: string; fromStartsAt: Date | null; reason: string | null }[];
    if (latest?.id !== p.eventId) return;
    const cancelled = b.status === BookingStatus.Cancelled;
    if (cancelled !== (emailKind === 'cancelled')) return;

    const method = cancelled ? 'CANCEL' : 'REQUEST';
    const ics = buildInvite(method, bookingEvent(this.config, b));
    const duration = new Date(b.endsAt).getTime() - new Date(b.startsAt).getTime();
    const previousStart = latest.fromStartsAt ? new Date(latest.fromStartsAt) : null;
    for (const role of ['student', 'coach'] as const) {
      const email = bookingEmail({
        ...this.view(b, role),
        kind: emailKind,
        previousStart,
        previousEnd: previousStart ? new Date(previousStart.getTime() + duration) : null,
        previousLocation: emailKind === 'location-changed' ? (p.previousLocation ?? null) : null,
        reason: cancelled ? (b.cancelReason ?? latest.reason) : null,
        hasCalendar: true,
      });
      await this.outbox.enqueue(m, {
        kind: `booking-${emailKind}`,
        to: role === 'student' ? b.studentEmail : b.coachEmail,
        ...email,
        calendar: { method, ics, uid: b.icalUid, sequence: b.icalSequence },
        dedupeKey: `booking:${b.id}:${p.eventId}:${role}`,
      });
    }
    if (!cancelled) await this.scheduleReminders(m, b);
  }

  /** One job per configured offset still ahead; keyed by the booking's revision, so a change schedules afresh. */
  private async scheduleReminders(m: EntityManager, b: BookingSnapshot): Promise<void> {
    const start = new Date(b.startsAt).getTime();
    for (const minutes of this.config.reminderOffsetsMinutes) {
      const runAt = new Date(start - minutes * 60_000);
      if (runAt.getTime() <= Date.now()) continue;
      await this.jobs.enqueue(
        m,
        BOOKING_REMINDER_JOB,
        { bookingId: b.id, sequence: b.icalSequence, startsAt: new Date(start).toISOString(), minutesBefore: minutes } satisfies ReminderPayload,
        { runAt, dedupeKey: `booking:${b.id}:reminder:${b.icalSequence}:${minutes}` },
      );
    }
  }

  private async remind(p: ReminderPayload, { manager: m }: JobContext): Promise<void> {
    const b = await loadBookingSnapshot(m, this.people, p.bookingId);
    // Cancelled, moved or otherwise changed since it was scheduled, or already over: no reminder.
    if (!b || b.status !== BookingStatus.Booked || b.icalSequence !== p.sequence) return;
    if (new Date(b.startsAt).toISOString() !== p.startsAt || new Date(b.startsAt).getTime() <= Date.now()) return;
    for (const role of ['student', 'coach'] as const) {
      const email = bookingEmail({ ...this.view(b, role), kind: 'reminder', reminderMinutes: p.minutesBefore });
      await this.outbox.enqueue(m, {
        kind: 'booking-reminder',
        to: role === 'student' ? b.studentEmail : b.coachEmail,
        ...email,
        dedupeKey: `booking:${b.id}:reminder:${p.sequence}:${p.minutesBefore}:${role}`,
      });
    }
  }

  private view(b: BookingSnapshot, role: 'student' | 'coach') {
    const student = role === 'student';
    return {
      centerName: this.config.center.name,
      recipientName: student ? b.studentName : b.coachName,
      recipientRole: role,
      otherPartyName: student ? b.coachName : b.studentName,
      sessionName: b.sessionName,
      start: new Date(b.startsAt),
      end: new Date(b.endsAt),
      timeZone: student ? b.studentTimeZone : b.coachTimeZone,
      location: b.location,
      preparation: b.preparation,
      sessionUrl: sessionUrl(this.config, b.id),
    };
  }
}
