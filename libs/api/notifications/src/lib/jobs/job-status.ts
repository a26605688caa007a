export enum JobStatus {
  Pending = 'PENDING',
  Done = 'DONE',
  Failed = 'FAILED',
}
