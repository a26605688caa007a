import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@debrief/api/core';
import { DataSource } from 'typeorm';
import { backoffMs, errorText } from '../jobs/backoff';
import { newWorkerId } from '../jobs/worker-id';
import { InFlight, Lease } from '../lease/lease';
import { composeMail, OutgoingMessage } from './compose-mail';
import { classifyMailError, createMailTransport, MailTransport } from './mail-transport';

export interface ClaimedMessage extends OutgoingMessage {
  id: string;
  attempts: number;
  calendarUid: string | null;
  calendarSequence: number | null;
}

/** Messages of one batch on the wire at once (the SMTP pool keeps 3 connections). */
const SENDERS = 4;

/**
 * A candidate waits while an earlier revision of the same calendar event for the same recipient
 * is in another worker's hands: per recipient and event, delivery follows SEQUENCE order.
 */
const NOT_BEHIND_IN_FLIGHT = `NOT EXISTS (
  SELECT 1 FROM outbox_messages n
   WHERE o.calendar_uid IS NOT NULL AND n.calendar_uid = o.calendar_uid AND n.to_address = o.to_address AND n.id <> o.id
     AND n.status = 'PENDING' AND n.locked_until >= now()
     AND (n.calendar_sequence, n.created_at) < (o.calendar_sequence, o.created_at))`;

/**
 * Drains the outbox under the shared Lease protocol; nothing stays locked while talking to SMTP.
 * A send whose outcome is uncertain is retried with the same Message-ID and calendar UID/SEQUENCE,
 * so a duplicate delivery is recognisably the same message (at-least-once, RFC 1047). A message
 * whose event has moved on (a newer SEQUENCE queued or sent to the same recipient) is never sent:
 * it is marked SUPERSEDED, so a quick book-then-reschedule sends only the reschedule, and a retried
 * or resent old revision cannot arrive after a newer one. Stopping lets the sends in flight finish
 * and releases the rest of the batch.
 */
@Injectable()
export class MailWorker implements OnApplicationShutdown {
  private readonly log = new Logger('Mail');
  readonly id = newWorkerId('mail');
  private readonly transport: MailTransport;
  private readonly lease: Lease;
  private stopping = false;
  private readonly inFlight = new InFlight();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport = createMailTransport(config.mail.smtpUrl);
    this.lease = new Lease(
      db,
      {
        table: 'outbox_messages',
        dueColumn: 'available_at',
        tieBreak: 'id',
        returning: `id, to_address AS "to", subject, text_body AS text, html_body AS html, message_id AS "messageId",
                    calendar_method AS "calendarMethod", calendar_ics AS "calendarIcs", calendar_uid AS "calendarUid",
                    calendar_sequence AS "calendarSequence", attempts`,
      },
      this.id,
      config.workers.leaseSeconds,
    );
  }

  /** No new send starts after this; resolves once those in flight are recorded and the rest released. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.inFlight.settled();
  }

  /** After every onModuleDestroy (Workers waits there for the sends in flight). */
  onApplicationShutdown(): void {
    this.transport.close();
  }

  claim(limit = 20): Promise<ClaimedMessage[]> {
    if (this.stopping) return Promise.resolve([]);
    return this.lease.claim<ClaimedMessage>(limit, { where: NOT_BEHIND_IN_FLIGHT });
  }

  /** Claims and delivers one batch, a few at a time; returns how many messages it handled. */
  runDue(limit = 20): Promise<number> {
    return this.inFlight.track(this.deliverBatch(limit));
  }

  private async deliverBatch(limit: number): Promise<number> {
    const batch = await this.claim(limit);
    let next = 0;
    const sender = async () => {
      while (!this.stopping && next < batch.length) await this.deliver(batch[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(SENDERS, batch.length) }, sender));
    if (next < batch.length) await this.lease.release(batch.slice(next).map((m) => m.id));
    return next;
  }

  async deliver(message: ClaimedMessage): Promise<void> {
    if (await this.supersededIfStale(message)) return;
    if (this.transport.captures) {
      await this.lease.settle(message.id, `status = 'CAPTURED'`);
      return;
    }
    try {
      await this.transport.send(composeMail(this.config.center.mailFrom, message));
    } catch (error) {
      const permanent = classifyMailError(error) === 'permanent';
      const giveUp = permanent || message.attempts >= this.config.mail.maxAttempts;
      this.log.warn(`Message ${message.id} to ${message.to}, attempt ${message.attempts}${giveUp ? ' (giving up)' : ''}: ${errorText(error)}`);
      if (giveUp) await this.lease.settle(message.id, `status = 'FAILED', last_error = $3`, [errorText(error)]);
      else {
        const delay = backoffMs(message.attempts, this.config.workers.retryBaseMs) / 1000;
        await this.lease.settle(message.id, `available_at = now() + make_interval(secs => $4), last_error = $3`, [errorText(error), delay]);
      }
      return;
    }
    await this.lease.settle(message.id, `status = 'SENT', sent_at = now(), last_error = NULL`);
  }

  /** A calendar message with a newer SEQUENCE for the same recipient is settled as SUPERSEDED instead of sent. */
  private async supersededIfStale(m: ClaimedMessage): Promise<boolean> {
    if (m.calendarUid === null || m.calendarSequence === null) return false;
    return this.lease.settle(
      m.id,
      `status = 'SUPERSEDED', last_error = NULL`,
      [m.calendarUid, m.to, m.calendarSequence],
      this.db,
      `EXISTS (SELECT 1 FROM outbox_messages n WHERE n.calendar_uid = $3::varchar AND n.to_address = $4::varchar AND n.calendar_sequence > $5::int)`,
    );
  }
}
