import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, NotFoundError } from '@debrief/api/core';
import { EntityManager, In, Repository } from 'typeorm';
import { CalendarMethod } from '../calendar/calendar-spec';
import { unwrap } from '../jobs/sql';
import { RenderedEmail } from '../templates/rendered-email';
import { OutboxMessageEntity } from './outbox-message.entity';
import { MessageNotFailedError } from './outbox.errors';
import { OutboxStatus } from './outbox-status';

export interface OutboxEntry extends RenderedEmail {
  kind: string;
  to: string;
  /**
   * An iTIP calendar sent as text/calendar (method=...) and as invite.ics, with its event's UID and
   * SEQUENCE: per recipient and UID, only the newest revision is sent, in SEQUENCE order.
   */
  calendar?: { method: CalendarMethod; ics: string; uid: string; sequence: number };
  /** The same key never queues a second message (returns null instead). */
  dedupeKey?: string;
}

@Injectable()
export class OutboxService {
  constructor(
    @InjectRepository(OutboxMessageEntity) private readonly messages: Repository<OutboxMessageEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Queues a message inside the caller's transaction (pass its EntityManager): the message
   * exists exactly when the change that caused it was committed. Its Message-ID is fixed here,
   * so every delivery attempt of it is recognisably the same message. Returns the message's id,
   * or null when a message with the same dedupeKey already exists.
   */
  async enqueue(manager: EntityManager, entry: OutboxEntry): Promise<string | null> {
    const rows = unwrap(
      (await manager.query(
        `INSERT INTO outbox_messages (kind, to_address, subject, text_body, html_body, message_id, calendar_method, calendar_ics, dedupe_key,
                                      calendar_uid, calendar_sequence)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
        [
          entry.kind,
          entry.to,
          entry.subject.slice(0, 200),
          entry.text,
          entry.html,
          `<${randomUUID()}@${this.mailDomain()}>`,
          entry.calendar?.method ?? null,
          entry.calendar?.ics ?? null,
          entry.dedupeKey ?? null,
          entry.calendar?.uid ?? null,
          entry.calendar?.sequence ?? null,
        ],
      )) as { id: string }[],
    );
    return rows[0]?.id ?? null;
  }

  recent(limit: number, statuses?: OutboxStatus[]): Promise<OutboxMessageEntity[]> {
    return this.messages.find({
      where: statuses?.length ? { status: In(statuses) } : {},
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
    });
  }

  /** A failed message goes back to the queue (same Message-ID: it was never delivered). */
  async resend(id: string): Promise<OutboxMessageEntity> {
    const result = await this.messages.update(
      { id, status: OutboxStatus.Failed },
      { status: OutboxStatus.Pending, attempts: 0, lastError: null, availableAt: () => 'now()', lockedUntil: null, lockedBy: null },
    );
    const message = await this.messages.findOneBy({ id });
    if (!message) throw new NotFoundError('Message', id);
    if (!result.affected && message.status !== OutboxStatus.Pending) throw new MessageNotFailedError(message.status);
    return message;
  }

  private mailDomain(): string {
    const match = /@([^>\s]+)>?\s*$/.exec(this.config.center.mailFrom);
    return match?.[1] ?? 'debrief.invalid';
  }
}
