import { ForbiddenError, NotFoundError } from '@debrief/api/core';

/**
 * Why a single sign-on was refused. The callback sends the browser back to the sign-in page with
 * this reason, which the portal turns into a sentence; nothing about the token is shown or logged.
 */
export enum SsoRefusal {
  /** No sign-in of this browser is waiting for this answer: a forged, reused or expired state. */
  State = 'STATE',
  /** The provider's answer did not verify (code exchange, ID token, signature, audience, time). */
  Provider = 'PROVIDER',
  /** The person cancelled or the provider said no. */
  Denied = 'DENIED',
  EmailUnverified = 'EMAIL_UNVERIFIED',
  DomainNotAllowed = 'DOMAIN',
  NoRole = 'NO_ROLE',
  AccountDisabled = 'DISABLED',
  /** The Debrief account with this email is already linked to a different campus account. */
  LinkedElsewhere = 'LINKED_ELSEWHERE',
}

export class SsoRefusedError extends ForbiddenError {
  constructor(
    readonly reason: SsoRefusal,
    message: string,
  ) {
    super(message, { reason });
  }
}

export class SsoNotConfiguredError extends NotFoundError {
  constructor(protocol: string) {
    super(`Single sign-on (${protocol})`);
  }
}
