import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@debrief/api/core';
import { OutboxService } from '@debrief/api/notifications';
import { EntityManager } from 'typeorm';
import { workshopEmail, WorkshopNotice } from './workshop-emails';

export interface WorkshopEvent {
  notice: WorkshopNotice;
  workshopId: string;
  /** The registrations concerned; for workshop-wide notices, every registered and waitlisted one. */
  registrationIds: string[];
}

interface Recipient {
  registrationId: string;
  status: string;
  email: string;
  name: string;
  timeZone: string;
  waitlistPosition: number | null;
  title: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
  cancelReason: string | null;
}

/**
 * Tells students what happened to their workshop places, inside the transaction that made the
 * change: the message exists exactly when the change was committed.
 */
@Injectable()
export class WorkshopNotifier {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async emit(m: EntityManager, event: WorkshopEvent): Promise<void> {
    if (event.registrationIds.length === 0) return;
    const recipients = (await m.query(
      `SELECT r.id AS "registrationId", r.status, u.email, u.name, u.time_zone AS "timeZone",
              CASE WHEN r.status = 'WAITLISTED' THEN (SELECT count(*)::int FROM workshop_registrations q
                    WHERE q.workshop_id = r.workshop_id AND q.status = 'WAITLISTED' AND q.queue_no <= r.queue_no) END AS "waitlistPosition",
              w.title, w.location, w.starts_at AS "startsAt", w.ends_at AS "endsAt", w.cancel_reason AS "cancelReason"
         FROM workshop_registrations r
         JOIN users u ON u.id = r.student_id
         JOIN workshops w ON w.id = r.workshop_id
        WHERE r.id = ANY($1::uuid[])`,
      [event.registrationIds],
    )) as Recipient[];
    for (const r of recipients) {
      const mail = workshopEmail({
        notice: event.notice,
        centerName: this.config.center.name,
        studentName: r.name,
        timeZone: r.timeZone,
        title: r.title,
        location: r.location,
        startsAt: new Date(r.startsAt),
        endsAt: new Date(r.endsAt),
        waitlistPosition: r.waitlistPosition,
        holdsSeat: r.status !== 'WAITLISTED' && r.status !== 'CANCELLED',
        cancelReason: r.cancelReason,
      });
      await this.outbox.enqueue(m, { kind: `workshop-${event.notice.toLowerCase().replace(/_/g, '-')}`, to: r.email, ...mail });
    }
  }
}
