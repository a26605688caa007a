import { ConflictError, TooManyRequestsError, UnauthenticatedError } from '@debrief/api/core';

/** The one answer for a wrong email, a wrong password, or an account that cannot sign in. */
export class InvalidCredentialsError extends UnauthenticatedError {
  constructor() {
    super('Email or password is incorrect.');
  }
}

export class SignInThrottledError extends TooManyRequestsError {
  constructor(retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(`Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, retryAfterSeconds);
  }
}

export class EmailTakenError extends ConflictError {
  constructor(email: string) {
    super(`A user with the email ${email} already exists.`, { field: 'email' });
  }
}

export class LastAdminError extends ConflictError {
  constructor() {
    super('At least one administrator must remain; make someone else an administrator first.');
  }
}
