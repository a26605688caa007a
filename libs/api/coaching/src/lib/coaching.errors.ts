import { BadInputError, ConflictError, ForbiddenError } from '@debrief/api/core';
import { RUBRIC_SCALE } from '@debrief/shared/domain';

/** A score outside the rubric's 1–4 scale (or a STAR part, or the recommendation). */
export class ScoreOutOfScaleError extends BadInputError {
  constructor(field: string, min: number = RUBRIC_SCALE.min, max: number = RUBRIC_SCALE.max) {
    super(field, `${field}: must be a whole number from ${min} to ${max}`, { reason: 'SCORE_OUT_OF_SCALE', min, max });
  }
}

export class CriterionNotInRubricError extends BadInputError {
  constructor(field: string) {
    super(field, `${field}: is not a criterion of this evaluation's rubric`, { reason: 'CRITERION_NOT_IN_RUBRIC' });
  }
}

export class SessionNotCompletedError extends ConflictError {
  constructor(status: string) {
    super(`Only a completed session can be evaluated; this one is ${status.toLowerCase().replace('_', '-')}.`, { reason: 'SESSION_NOT_COMPLETED', status });
  }
}

export class NotYourBookingError extends ForbiddenError {
  constructor(message = 'Only the coach of this session or career center staff can do that.') {
    super(message, { reason: 'NOT_YOUR_BOOKING' });
  }
}

export class AlreadyEvaluatedError extends ConflictError {
  constructor(evaluationId: string) {
    super('This session already has an evaluation; edit that one instead.', { reason: 'ALREADY_EVALUATED', evaluationId });
  }
}

export class AlreadySharedError extends ConflictError {
  constructor(evaluationId: string) {
    super('This evaluation has been shared; edit it from the evaluation page.', { reason: 'ALREADY_SHARED', evaluationId });
  }
}

export class AlreadySelfAssessedError extends ConflictError {
  constructor() {
    super('You have already assessed yourself for this session.', { reason: 'ALREADY_SELF_ASSESSED' });
  }
}

export class SelfAssessmentClosedError extends ConflictError {
  constructor() {
    super('Self-assessment closes once you have seen your coach’s evaluation.', { reason: 'SELF_ASSESSMENT_CLOSED' });
  }
}

export class IncompleteEvaluationError extends BadInputError {
  constructor(field: string, message: string, missing: string[] = []) {
    super(field, message, { reason: 'INCOMPLETE', missing });
  }
}
