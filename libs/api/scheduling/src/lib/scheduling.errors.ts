import { BadInputError, ConflictError, ForbiddenError } from '@debrief/api/core';
import { SlotRefusal } from './slots/slot-types';


const REFUSALS: Record<SlotRefusal, string> = {
  OUTSIDE_HOURS: 'That time is not within the coach’s hours.',
  CLOSED: 'The center is closed on that day.',
  TOO_SOON: 'That time is too soon to book; choose a later slot.',
  BEYOND_HORIZON: 'That time is too far ahead to book yet.',
  BUSY: 'That time was just taken.',
  STUDENT_BUSY: 'You already have a session at that time.',
  MISALIGNED: 'Sessions start on the slot grid; pick one of the offered times.',
};

/** The requested start is not bookable; says why, with a machine-readable reason. */
export class SlotNotOfferedError extends BadInputError {
  constructor(readonly reason: SlotRefusal) {
    super('start', REFUSALS[reason], { reason });
  }
}

/** Lost a race (or the time was taken): say so and offer what is still free. */
export class SlotTakenError extends ConflictError {
  constructor(
    readonly nextFree: Date[],
    readonly who: 'coach' | 'student' = 'coach',
  ) {
    super(
      who === 'coach'
        ? 'That slot was just taken. Here are the next free ones.'
        : 'You already have a session overlapping that time.',
      { reason: who === 'coach' ? 'SLOT_TAKEN' : 'STUDENT_BUSY', nextFree: nextFree.map((d) => d.toISOString()) },
    );
  }
}

export class CapReachedError extends ConflictError {
  constructor(limit: number, scope: 'overall' | 'type') {
    super(
      scope === 'overall'
        ? `You already have ${limit} upcoming session${limit === 1 ? '' : 's'}, the most the center allows at once.`
        : `You already have ${limit} upcoming session${limit === 1 ? '' : 's'} of this type, the most allowed at once.`,
      { reason: 'CAP_REACHED', limit, scope },
    );
  }
}

export class BlockedByNoShowsError extends ForbiddenError {
  constructor(count: number, windowDays: number, until: Date) {
    super(
      `Self-booking is paused: ${count} missed sessions in the last ${windowDays} days. You can book again on ${until.toISOString().slice(0, 10)}, or ask the career center to excuse one.`,
      { reason: 'NO_SHOW_BLOCK', until: until.toISOString(), count },
    );
  }
}

export class AfterCutoffError extends ForbiddenError {
  constructor(hours: number) {
    super(`Less than ${hours} hours remain before this session, so only career center staff can change it now. Contact them; a missed session counts as a no-show.`, {
      reason: 'AFTER_CUTOFF',
      cutoffHours: hours,
    });
  }
}

export class CoachDoesNotOfferTypeError extends BadInputError {
  constructor() {
    super('coachId', 'This coach does not offer that session type.', { reason: 'COACH_NOT_OFFERING' });
  }
}

export class SessionTypeRetiredError extends BadInputError {
  constructor() {
    super('sessionTypeId', 'This session type is no longer offered.', { reason: 'RETIRED' });
  }
}

export class BookingNotActiveError extends ConflictError {
  constructor(status: string) {
    super(`This session is ${status.toLowerCase().replace('_', '-')}, so it cannot be changed that way.`, { reason: 'NOT_ACTIVE', status });
  }
}
