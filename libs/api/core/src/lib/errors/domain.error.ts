import { ErrorCode } from '@debrief/shared/domain';

/**
 * An error a user can cause and understand. Services throw subclasses; the GraphQL layer turns
 * them into `extensions.code` and keeps the message. Anything else becomes a generic internal
 * error, logged with its stack.
 */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;

  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadInputError extends DomainError {
  readonly code = ErrorCode.BadUserInput;
  constructor(
    readonly field: string,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, { field, ...details });
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = ErrorCode.Unauthenticated;
  constructor(message = 'Sign in to continue.') {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = ErrorCode.Forbidden;
  constructor(message = 'You do not have permission to do that.', details: Record<string, unknown> = {}) {
    super(message, details);
  }
}

/** The role lacks the operation's permission (as opposed to a record the user may not touch). */
export class MissingPermissionError extends ForbiddenError {
  constructor(permission: string | undefined) {
    super('You do not have permission to do that.', { permission: permission ?? 'undeclared' });
  }
}

export class NotFoundError extends DomainError {
  readonly code = ErrorCode.NotFound;
  constructor(what: string, id?: string) {
    super(id ? `${what} ${id} was not found.` : `${what} was not found.`, { what });
  }
}

export class ConflictError extends DomainError {
  readonly code = ErrorCode.Conflict;
}

export class TooManyRequestsError extends DomainError {
  readonly code = ErrorCode.TooManyRequests;
  constructor(message: string, retryAfterSeconds: number) {
    super(message, { retryAfterSeconds });
  }
}
