import { BadInputError, ConflictError, ForbiddenError } from '@debrief/api/core';

const day = (d: Date) => d.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

/** Registering outside the registration window: says which side and when. */
export class RegistrationWindowError extends ConflictError {
  constructor(side: 'NOT_OPEN' | 'CLOSED', at: Date) {
    super(side === 'NOT_OPEN' ? `Registration for this workshop opens on ${day(at)}.` : `Registration for this workshop closed on ${day(at)}.`, {
      reason: side === 'NOT_OPEN' ? 'REGISTRATION_NOT_OPEN' : 'REGISTRATION_CLOSED',
      at: at.toISOString(),
    });
  }
}

export class WorkshopDraftError extends ConflictError {
  constructor() {
    super('This workshop is not published yet, so it is not open for registration.', { reason: 'WORKSHOP_DRAFT' });
  }
}

export class WorkshopCancelledError extends ConflictError {
  constructor() {
    super('This workshop was cancelled.', { reason: 'WORKSHOP_CANCELLED' });
  }
}

export class WorkshopStartedError extends ConflictError {
  constructor() {
    super('This workshop has already started, so it cannot be changed that way.', { reason: 'WORKSHOP_STARTED' });
  }
}

/** The student is outside the workshop's audience: says which rule. */
export class IneligibleError extends ForbiddenError {
  constructor(rule: 'CLASS_YEAR' | 'MAJOR', allowed: readonly (string | number)[]) {
    super(
      rule === 'CLASS_YEAR'
        ? `This workshop is for the class of ${allowed.join(', ')}.`
        : `This workshop is for students majoring in ${allowed.join(', ')}.`,
      { reason: rule === 'CLASS_YEAR' ? 'INELIGIBLE_CLASS_YEAR' : 'INELIGIBLE_MAJOR', allowed },
    );
  }
}

export class AlreadyRegisteredError extends ConflictError {
  constructor(status: string) {
    super(status === 'WAITLISTED' ? 'You are already on the waitlist for this workshop.' : 'You are already registered for this workshop.', {
      reason: 'ALREADY_REGISTERED',
      status,
    });
  }
}

export class RegistrationNotActiveError extends ConflictError {
  constructor(status: string) {
    super(`This registration is ${status.toLowerCase().replace('_', '-')}, so it cannot be changed that way.`, { reason: 'REGISTRATION_NOT_ACTIVE', status });
  }
}

export class CapacityBelowRegisteredError extends BadInputError {
  constructor(registered: number, when?: string) {
    super(
      'capacity',
      `capacity: ${registered} student${registered === 1 ? ' holds a seat' : 's hold seats'}${when ? ` on ${when}` : ''}; capacity cannot go below that. Cancel registrations first.`,
      { reason: 'CAPACITY_BELOW_REGISTERED', registered },
    );
  }
}

export class NotFacilitatorError extends ForbiddenError {
  constructor() {
    super('Only the facilitators of this workshop or career center staff can do that.', { reason: 'NOT_FACILITATOR' });
  }
}
