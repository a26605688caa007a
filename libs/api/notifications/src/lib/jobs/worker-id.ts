import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/** Names a worker in locked_by, so only the lease holder can complete what it claimed. */
export function newWorkerId(kind: string): string {
  return `${kind}@${hostname().slice(0, 30)}:${process.pid}:${randomUUID().slice(0, 8)}`;
}
