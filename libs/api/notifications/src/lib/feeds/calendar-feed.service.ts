import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@debrief/api/core';
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';
import { calendarChunks } from '../calendar/build-calendar';
import { CalendarEventSpec, CalendarSpec } from '../calendar/calendar-spec';
import { unwrap } from '../jobs/sql';
import { CalendarFeedTokenEntity } from './calendar-feed-token.entity';
import { CalendarFeedRegistry } from './calendar-feed.registry';

export interface CalendarFeedLinks {
  httpsUrl: string;
  webcalUrl: string;
}

/** A feed ready to answer a (conditional) GET: validators computed from its events, the body rendered only when sent. */
export interface CalendarFeedDocument {
  /** Strong validator: a hash of everything the body is rendered from. */
  etag: string;
  /** The latest change among its events (whole seconds, as HTTP dates are). */
  lastModified: Date;
  /** The body: from the cache when this ETag was rendered lately, else rendered piece by piece as it is streamed. */
  body(): Buffer | Iterable<string>;
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const DAY = 86400_000;
/** Subscribers are asked to poll hourly (REFRESH-INTERVAL, X-PUBLISHED-TTL); conditional GETs make that cheap. */
export const FEED_REFRESH_SECONDS = 3600;
/** Bump when the rendering changes, so validators of an unchanged calendar change with it. */
const RENDERING = 'feed-v2';

/**
 * Everything a feed's body is rendered from, hashed field by field (no JSON of 2,000 events):
 * equal fingerprints render equal bytes, since every event carries its own DTSTAMP.
 */
export function fingerprint(spec: CalendarSpec): string {
  const h = createHash('sha256').update(`${RENDERING}\0${spec.method}\0${spec.name ?? ''}\0${spec.omitAttendees ? 1 : 0}\0${spec.refreshSeconds ?? ''}`);
  for (const e of spec.events) {
    h.update(
      `\n${e.uid}\0${e.sequence}\0${e.status}\0${e.start.getTime()}\0${e.end.getTime()}\0${e.stamp?.getTime() ?? ''}\0${e.summary}\0${e.description ?? ''}\0` +
        `${e.location ?? ''}\0${e.url ?? ''}\0${e.organizer.name}\0${e.organizer.email}\0${(e.alarms ?? []).join(',')}\0` +
        (spec.omitAttendees ? '' : (e.attendees ?? []).map((a) => `${a.name}\0${a.email}\0${a.role ?? ''}\0${a.partstat ?? ''}\0${a.rsvp ?? ''}`).join('\0')),
    );
  }
  return `"${h.digest('base64url').slice(0, 27)}"`;
}

@Injectable()
export class CalendarFeedService {
  /**
   * Recently rendered bodies by ETag: a calendar that polls without validators (or many
   * subscribers of one unchanged feed) costs no rendering. Only a cache, so each replica has its
   * own and loses nothing by not having it.
   */
  private readonly rendered = new LRUCache<string, Buffer>({ maxSize: 32 * 1024 * 1024, sizeCalculation: (b) => b.length || 1 });

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
  async feed(token: string, now = new Date()): Promise<CalendarFeedDocument | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const [row] = unwrap<{ userId: string; createdAt: Date }>(
      (await this.db.query(`UPDATE calendar_feed_tokens SET last_used_at = $2 WHERE token_hash = $1 RETURNING user_id AS "userId", created_at AS "createdAt"`, [
        hash(token),
        now,
      ])) as [{ userId: string; createdAt: Date }[], number],
    );
    if (!row) return null;
    return this.document(row.userId, new Date(row.createdAt), now);
  }

  /** The whole feed as one string (for tests and scripts). */
  async feedFor(userId: string, now = new Date()): Promise<string> {
    const body = (await this.document(userId, new Date(0), now)).body();
    return Buffer.isBuffer(body) ? body.toString('utf8') : [...body].join('');
  }

  private async document(userId: string, since: Date, now: Date): Promise<CalendarFeedDocument> {
    const window = { from: new Date(now.getTime() - this.config.calendarFeedPastDays * DAY), to: new Date(now.getTime() + 400 * DAY) };
    const events: CalendarEventSpec[] = [];
    for (const source of this.registry.all()) events.push(...(await source.eventsFor(this.db.manager, userId, window)));
    events.sort((a, b) => a.start.getTime() - b.start.getTime() || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
    const spec: CalendarSpec = { method: 'PUBLISH', name: this.config.center.name, events, omitAttendees: true, refreshSeconds: FEED_REFRESH_SECONDS };
    let latest = since.getTime();
    for (const e of events) if (e.stamp && e.stamp.getTime() > latest) latest = e.stamp.getTime();
    const etag = fingerprint(spec);
    return {
      etag,
      lastModified: new Date(Math.floor(latest / 1000) * 1000),
      body: () => this.rendered.get(etag) ?? this.renderAndKeep(etag, spec),
    };
  }

  /** Renders piece by piece (the caller streams them) and keeps the whole body once it is complete. */
  private *renderAndKeep(etag: string, spec: CalendarSpec): Generator<string> {
    const parts: Buffer[] = [];
    for (const chunk of calendarChunks(spec)) {
      parts.push(Buffer.from(chunk, 'utf8'));
      yield chunk;
    }
    this.rendered.set(etag, Buffer.concat(parts));
  }
}
