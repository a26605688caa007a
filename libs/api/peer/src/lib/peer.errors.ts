import { ConflictError, ForbiddenError } from '@debrief/api/core';

/** Peer practice is off for the center, or this student is suspended or paused from it. */
export class PeerPracticeUnavailableError extends ForbiddenError {
  constructor(reason: 'CENTER_OFF' | 'NO_PROFILE' | 'SUSPENDED' | 'PAUSED', message: string, until?: Date | null) {
    super(message, { reason, ...(until ? { until: until.toISOString() } : {}) });
  }
}

/** The offer was taken or withdrawn a moment ago (a conditional update lost). */
export class PeerOfferGoneError extends ConflictError {
  constructor() {
    super('That offer is no longer open.', { reason: 'OFFER_GONE' });
  }
}

/** The session is not in a state that allows this (cancelled, already started, not over yet…). */
export class PeerSessionStateError extends ConflictError {
  constructor(message: string, reason: string) {
    super(message, { reason });
  }
}
