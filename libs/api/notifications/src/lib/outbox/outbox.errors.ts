import { ConflictError } from '@debrief/api/core';
import { OutboxStatus } from './outbox-status';

export class MessageNotFailedError extends ConflictError {
  constructor(status: OutboxStatus) {
    super(`Only failed messages can be resent; this one is ${status.toLowerCase()}.`);
  }
}
