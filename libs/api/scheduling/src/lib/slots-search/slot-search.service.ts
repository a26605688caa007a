import { Injectable } from '@nestjs/common';
import { BadInputError } from '@debrief/api/core';
import { EntityManager } from 'typeorm';
import { CalendarLoader, Calendars } from '../calendar/calendar.loader';
import { SessionTypeModel } from '../session-types/session-type.model';
import { slotsForAnyCoach, SlotQuery, SlotRules } from '../slots';

export interface FoundSlot {
  start: Date;
  end: Date;
  coachIds: string[];
}

const MAX_WINDOW_DAYS = 42;
const STEP_MINUTES = 30;

/** Free starts for a session type with one coach or any coach, as seen by one student. */
@Injectable()
export class SlotSearchService {
  constructor(private readonly calendars: CalendarLoader) {}

  rules(type: SessionTypeModel): SlotRules {
    return {
      durationMinutes: type.durationMinutes,
      bufferBeforeMinutes: type.bufferBeforeMinutes,
      bufferAfterMinutes: type.bufferAfterMinutes,
      minNoticeMinutes: type.minNoticeMinutes,
      horizonDays: type.horizonDays,
      stepMinutes: STEP_MINUTES,
    };
  }

  query(type: SessionTypeModel, cal: Calendars, window: { start: number; end: number }, now: number): SlotQuery {
    return { window, now, rules: this.rules(type), closures: cal.closures, centerTimeZone: cal.centerTimeZone, studentBusy: cal.studentBusy };
  }

  async search(
    manager: EntityManager,
    input: { sessionTypeId: string; coachId?: string | null; from: Date; to: Date },
    studentId: string | null,
    now = Date.now(),
    /** Rescheduling: the booking being moved (its time is not busy; its coach need not still offer the type). */
    moving?: { bookingId: string },
  ): Promise<FoundSlot[]> {
    const window = { start: input.from.getTime(), end: input.to.getTime() };
    if (window.end <= window.start) throw new BadInputError('to', 'to: must be after from');
    if (window.end - window.start > MAX_WINDOW_DAYS * 86400_000) throw new BadInputError('to', `to: search at most ${MAX_WINDOW_DAYS} days at once`);
    const { type, cal } = await this.calendars.load(manager, {
      sessionTypeId: input.sessionTypeId,
      coachId: input.coachId,
      coachMustOffer: !moving,
      requireBookable: !moving,
      window,
      studentId,
      excludeBookingId: moving?.bookingId,
    });
    const merged = slotsForAnyCoach(cal.coaches, this.query(type, cal, window, now));
    const duration = type.durationMinutes * 60_000;
    return [...merged.entries()]
      .sort(([a], [b]) => a - b)
      .map(([start, ids]) => ({ start: new Date(start), end: new Date(start + duration), coachIds: ids }));
  }

  /** The next few free starts after `after` (for "just taken" answers); empty when none in a week. */
  async nextFree(manager: EntityManager, input: { sessionTypeId: string; coachId?: string | null }, studentId: string, after: Date, count = 3): Promise<Date[]> {
    const found = await this.search(manager, { ...input, from: after, to: new Date(after.getTime() + 7 * 86400_000) }, studentId).catch(() => []);
    return found.slice(0, count).map((s) => s.start);
  }
}
