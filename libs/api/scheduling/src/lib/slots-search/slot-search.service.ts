import { Injectable } from '@nestjs/common';
import { BadInputError } from '@debrief/api/core';
import { EntityManager } from 'typeorm';
import { CalendarLoader, Calendars } from '../calendar/calendar.loader';
import { CoachDoesNotOfferTypeError } from '../scheduling.errors';
import { SessionTypeModel } from '../session-types/session-type.model';
import { SessionTypesService } from '../session-types/session-types.service';
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
  constructor(
    private readonly types: SessionTypesService,
    private readonly calendars: CalendarLoader,
  ) {}

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

  /** The coaches a search or booking considers: the one named (who must offer the type), or all who do. */
  async candidates(manager: EntityManager, type: SessionTypeModel, coachId: string | null | undefined): Promise<string[]> {
    const offering = await this.types.offeredBy(manager, type.id);
    if (!coachId) return offering;
    if (!offering.includes(coachId)) throw new CoachDoesNotOfferTypeError();
    return [coachId];
  }

  async search(manager: EntityManager, input: { sessionTypeId: string; coachId?: string | null; from: Date; to: Date }, studentId: string | null, now = Date.now()): Promise<FoundSlot[]> {
    const window = { start: input.from.getTime(), end: input.to.getTime() };
    if (window.end <= window.start) throw new BadInputError('to', 'to: must be after from');
    if (window.end - window.start > MAX_WINDOW_DAYS * 86400_000) throw new BadInputError('to', `to: search at most ${MAX_WINDOW_DAYS} days at once`);
    const type = await this.types.bookable(input.sessionTypeId, manager);
    const coachIds = await this.candidates(manager, type, input.coachId);
    const cal = await this.calendars.load(manager, coachIds, window, studentId);
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
