import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@debrief/api/core';
import { UserDirectoryService } from '@debrief/api/identity';
import { buildInvite, CalendarEventSpec, CalendarFeedRegistry, emailLayout, escapeHtml, JobContext, JobQueue, JobRegistry, OutboxService } from '@debrief/api/notifications';
import { EntityManager } from 'typeorm';
import { PeerSessionStatus } from '../peer.enums';
import { PeerSessionRow } from '../sessions/peer-session.view';

export const PEER_SESSION_CHANGED_JOB = 'peer.session.changed';

interface ChangedPayload {
  sessionId: string;
  sequence: number;
}

const FOCUS_LABEL: Record<string, string> = { CODING: 'coding', SYSTEM_DESIGN: 'system design', BEHAVIORAL: 'behavioral', PRODUCT: 'product' };

/** The center's mailbox from MAIL_FROM ("Name <address>" or a bare address). */
function centerMailbox(config: AppConfig) {
  const match = /<([^>]+)>/.exec(config.center.mailFrom);
  return { name: config.center.name, email: (match?.[1] ?? config.center.mailFrom).trim() };
}

function when(d: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(d);
}

/**
 * A peer session's confirmation (REQUEST) and cancellation (CANCEL) to both students, with the
 * .ics, through the job queue and the outbox: the change only queues a job in its transaction;
 * the job renders each student's email in their own zone. Peer sessions are also in both
 * students' calendar feeds.
 */
@Injectable()
export class PeerMailer implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly registry: JobRegistry,
    private readonly outbox: OutboxService,
    private readonly feeds: CalendarFeedRegistry,
    private readonly people: UserDirectoryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.registry.register<ChangedPayload>(PEER_SESSION_CHANGED_JOB, (p, ctx) => this.send(p, ctx));
    this.feeds.register({
      name: 'peer-sessions',
      eventsFor: async (m, userId, window) => {
        const rows: PeerSessionRow[] = await m.query(
          `SELECT * FROM peer_sessions WHERE (first_id = $1 OR second_id = $1) AND ends_at > $2 AND starts_at < $3 ORDER BY starts_at`,
          [userId, window.from, window.to],
        );
        const names = await this.people.names(rows.flatMap((r) => [r.first_id, r.second_id]), m);
        return rows.map((r) => this.event(r, names(r.first_id), names(r.second_id), []));
      },
    });
  }

  /** In the change's transaction: one job per revision of the session. */
  async changed(m: EntityManager, sessionId: string): Promise<void> {
    const [row] = (await m.query(`SELECT ical_sequence FROM peer_sessions WHERE id = $1`, [sessionId])) as { ical_sequence: number }[];
    await this.jobs.enqueue(m, PEER_SESSION_CHANGED_JOB, { sessionId, sequence: row.ical_sequence } satisfies ChangedPayload, {
      dedupeKey: `peer:${sessionId}:${row.ical_sequence}`,
    });
  }

  private async send(p: ChangedPayload, { manager: m }: JobContext): Promise<void> {
    const [s] = (await m.query(`SELECT * FROM peer_sessions WHERE id = $1`, [p.sessionId])) as PeerSessionRow[];
    // A later revision has its own job, which sends the calendar's current state.
    if (!s || s.ical_sequence !== p.sequence) return;
    const people = await this.people.people([s.first_id, s.second_id], m);
    const first = people.get(s.first_id);
    const second = people.get(s.second_id);
    if (!first || !second) return;
    const cancelled = s.status === PeerSessionStatus.Cancelled;
    const method = cancelled ? 'CANCEL' : 'REQUEST';
    const attendees = [first, second].map((x) => ({ name: x.name, email: x.email, partstat: 'ACCEPTED' as const, rsvp: false }));
    const ics = buildInvite(method, this.event(s, first.name, second.name, attendees));
    for (const [me, partner] of [
      [first, second],
      [second, first],
    ] as const) {
      const at = when(new Date(s.starts_at), me.timeZone);
      const focus = FOCUS_LABEL[s.focus] ?? s.focus;
      const subject = cancelled ? `Cancelled: peer practice with ${partner.name}` : `Peer practice with ${partner.name}: ${at}`;
      const lines = cancelled
        ? [`Your ${focus} peer practice session with ${partner.name} on ${at} is cancelled.`, s.cancel_reason ? `Reason: ${s.cancel_reason}` : '', 'Your window is offered again if it is still ahead.']
        : [
            `You are matched with ${partner.name} for a ${focus} peer practice session on ${at}.`,
            s.first_id === me.id ? 'You interview first; then you swap at half-time.' : `${partner.name} interviews first; then you swap at half-time.`,
            `Your question and the interviewer's guide: ${this.config.publicUrl}/peer-practice`,
          ];
      const text = lines.filter(Boolean).join('\n\n');
      await this.outbox.enqueue(m, {
        kind: cancelled ? 'peer-cancelled' : 'peer-matched',
        to: me.email,
        subject,
        text,
        html: emailLayout(this.config.center.name, subject, lines.filter(Boolean).map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')),
        calendar: { method, ics, uid: s.ical_uid, sequence: s.ical_sequence },
        dedupeKey: `peer:${s.id}:${s.ical_sequence}:${me.id}`,
      });
    }
  }

  private event(s: PeerSessionRow, firstName: string, secondName: string, attendees: CalendarEventSpec['attendees']): CalendarEventSpec {
    return {
      uid: s.ical_uid,
      sequence: s.ical_sequence,
      status: s.status === PeerSessionStatus.Cancelled ? 'CANCELLED' : 'CONFIRMED',
      start: new Date(s.starts_at),
      end: new Date(s.ends_at),
      summary: 'Peer practice — Debrief',
      description: `Reciprocal mock interview: ${firstName} interviews first, then ${secondName}.\n\nDetails: ${this.config.publicUrl}/peer-practice`,
      url: `${this.config.publicUrl}/peer-practice`,
      organizer: centerMailbox(this.config),
      attendees,
      stamp: new Date(s.cancelled_at ?? s.created_at),
    };
  }
}
