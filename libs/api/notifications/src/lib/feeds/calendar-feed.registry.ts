import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CalendarEventSpec } from '../calendar/calendar-spec';

export interface FeedWindow {
  /** Events ending after this (recent past: cancelled ones stay visible as CANCELLED). */
  from: Date;
  to: Date;
}

/** A domain's contribution to a user's calendar feed (bookings, workshops...). */
export interface CalendarFeedSource {
  name: string;
  eventsFor(manager: EntityManager, userId: string, window: FeedWindow): Promise<CalendarEventSpec[]>;
}

/** Domains register their feed sources from onModuleInit: `feeds.register({ name, eventsFor })`. */
@Injectable()
export class CalendarFeedRegistry {
  private readonly sources: CalendarFeedSource[] = [];

  register(source: CalendarFeedSource): void {
    if (this.sources.some((s) => s.name === source.name)) throw new Error(`Calendar feed source "${source.name}" is already registered`);
    this.sources.push(source);
  }

  all(): readonly CalendarFeedSource[] {
    return this.sources;
  }
}
