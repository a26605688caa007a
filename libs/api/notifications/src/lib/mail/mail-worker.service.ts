import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@debrief/api/core';
import { DataSource } from 'typeorm';
import { backoffMs, errorText } from '../jobs/backoff';
import { unwrap } from '../jobs/sql';
import { newWorkerId } from '../jobs/worker-id';
import { composeMail } from './compose-mail';
import { classifyMailError, createMailTransport, MailTransport } from './mail-transport';

export interface ClaimedMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  calendarMethod: string | null;
  calendarIcs: string | null;
  attempts: number;
}

/**
 * Drains the outbox. Claiming is one statement: FOR UPDATE SKIP LOCKED picks pending messages no
 * other worker holds, and a lease (locked_until, locked_by) reserves them; nothing stays locked
 * while talking to SMTP. Only the lease holder records the outcome. A worker that dies between
 * claim and send leaves a lease that expires, and the message is claimed again. A send whose
 * outcome is uncertain is retried with the same Message-ID and calendar UID/SEQUENCE, so a
 * duplicate delivery is recognisably the same message (at-least-once, RFC 1047).
 */
@Injectable()
export class MailWorker implements OnModuleDestroy {
  private readonly log = new Logger('Mail');
  readonly id = newWorkerId('mail');
  private readonly transport: MailTransport;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport = createMailTransport(config.mail.smtpUrl);
  }

  onModuleDestroy(): void {
    this.transport.close();
  }

  async claim(limit = 20): Promise<ClaimedMessage[]> {
    const result = (await this.db.query(
      `UPDATE outbox_messages SET locked_until = now() + make_interval(secs => $2), locked_by = $3, attempts = attempts + 1, updated_at = now()
        WHERE id IN (SELECT id FROM outbox_messages
                      WHERE status = 'PENDING' AND available_at <= now() AND (locked_until IS NULL OR locked_until < now())
                      ORDER BY available_at LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING id, to_address AS "to", subject, text_body AS text, html_body AS html, message_id AS "messageId",
                  calendar_method AS "calendarMethod", calendar_ics AS "calendarIcs", attempts`,
      [limit, this.config.workers.leaseSeconds, this.id],
    )) as [ClaimedMessage[], number];
    return unwrap<ClaimedMessage>(result);
  }

  /** Claims and delivers one batch; returns how many messages it handled. */
  async runDue(limit = 20): Promise<number> {
    const batch = await this.claim(limit);
    await Promise.all(batch.map((m) => this.deliver(m)));
    return batch.length;
  }

  async deliver(message: ClaimedMessage): Promise<void> {
    if (this.transport.captures) {
      await this.finish(message, `status = 'CAPTURED'`);
      return;
    }
    try {
      await this.transport.send(composeMail(this.config.center.mailFrom, message));
    } catch (error) {
      const permanent = classifyMailError(error) === 'permanent';
      const giveUp = permanent || message.attempts >= this.config.mail.maxAttempts;
      this.log.warn(`Message ${message.id} to ${message.to}, attempt ${message.attempts}${giveUp ? ' (giving up)' : ''}: ${errorText(error)}`);
      await this.finish(
        message,
        giveUp ? `status = 'FAILED', last_error = $3` : `available_at = now() + make_interval(secs => $4), last_error = $3`,
        [errorText(error), backoffMs(message.attempts, this.config.workers.retryBaseMs) / 1000],
      );
      return;
    }
    await this.finish(message, `status = 'SENT', sent_at = now(), last_error = NULL`);
  }

  /** Records an outcome and releases the lease, only if this worker still holds it. */
  private async finish(message: ClaimedMessage, set: string, extra: unknown[] = []): Promise<void> {
    const params = [message.id, this.id, ...extra];
    // Placeholders the SET clause does not use would make pg reject the statement.
    while (params.length > 2 && !set.includes(`$${params.length}`)) params.pop();
    await this.db.query(
      `UPDATE outbox_messages SET ${set}, locked_until = NULL, locked_by = NULL, updated_at = now() WHERE id = $1 AND locked_by = $2`,
      params,
    );
  }
}
