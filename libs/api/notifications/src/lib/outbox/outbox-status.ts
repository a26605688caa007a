export enum OutboxStatus {
  /** Waiting for the mail worker (or for its next retry). */
  Pending = 'PENDING',
  /** Accepted by the SMTP relay. */
  Sent = 'SENT',
  /** Given up: a permanent (5xx) refusal or too many attempts. Staff can resend. */
  Failed = 'FAILED',
  /** No SMTP configured: kept in the dev outbox instead of being sent. */
  Captured = 'CAPTURED',
  /** Never sent: a newer revision of the same calendar event for the same recipient was queued or sent. */
  Superseded = 'SUPERSEDED',
}
