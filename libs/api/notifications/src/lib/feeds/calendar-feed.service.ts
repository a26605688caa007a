import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@debrief/api/core';
import { DataSource } from 'typeorm';
import { buildCalendar } from '../calendar/build-calendar';
import { CalendarEventSpec } from '../calendar/calendar-spec';
import { CalendarFeedTokenEntity } from './calendar-feed-token.entity';
import { CalendarFeedRegistry } from './calendar-feed.registry';

export interface CalendarFeedLinks {
  httpsUrl: string;
  webcalUrl: string;
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const DAY = 86400_000;

@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: CalendarFeedRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  status(userId: string): Promise<CalendarFeedTokenEntity | null> {
    return this.db.getRepository(CalendarFeedTokenEntity).findOneBy({ userId });
  }

  /** A new private URL for the user; any previous one stops working. Shown once: only its hash is kept. */
  async regenerate(userId: string): Promise<CalendarFeedLinks & { createdAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    await this.db.query(
      `INSERT INTO calendar_feed_tokens (user_id, token_hash, created_at) VALUES ($1, $2, now())
       ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now(), last_used_at = NULL`,
      [userId, hash(token)],
    );
    return { ...this.links(token), createdAt: new Date() };
  }

  async revoke(userId: string): Promise<void> {
    await this.db.getRepository(CalendarFeedTokenEntity).delete({ userId });
  }

  links(token: string): CalendarFeedLinks {
    const httpsUrl = `${this.config.publicUrl}/calendar/feed/${token}.ics`;
    return { httpsUrl, webcalUrl: httpsUrl.replace(/^https?:/, 'webcal:') };
  }

  /** The feed behind a token, or null for an unknown (or replaced) token. */
  async feed(token: string, now = new Date()): Promise<string | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const row = await this.db.getRepository(CalendarFeedTokenEntity).findOneBy({ tokenHash: hash(token) });
    if (!row) return null;
    await this.db.getRepository(CalendarFeedTokenEntity).update({ userId: row.userId }, { lastUsedAt: now });
    return this.feedFor(row.userId, now);
  }

  async feedFor(userId: string, now = new Date()): Promise<string> {
    const window = { from: new Date(now.getTime() - this.config.calendarFeedPastDays * DAY), to: new Date(now.getTime() + 400 * DAY) };
    const events: CalendarEventSpec[] = [];
    for (const source of this.registry.all()) events.push(...(await source.eventsFor(this.db.manager, userId, window)));
    events.sort((a, b) => a.start.getTime() - b.start.getTime());
    return buildCalendar({ method: 'PUBLISH', name: this.config.center.name, events, omitAttendees: true });
  }
}
