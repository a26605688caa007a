export enum OutboxStatus {
  Pending = 'PENDING',
  Sent = 'SENT',
  Failed = 'FAILED',
}
