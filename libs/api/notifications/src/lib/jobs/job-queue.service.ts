import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface EnqueueOptions {
  /** Not before this instant (default: now). */
  runAt?: Date;
  /** A second enqueue with the same key is ignored (returns null). */
  dedupeKey?: string;
  maxAttempts?: number;
}

/**
 * Writes jobs into the caller's transaction: a job exists exactly when its cause was committed.
 * run_at defaults to clock_timestamp(), not now(), so jobs queued by one transaction keep their order.
 */
@Injectable()
export class JobQueue {
  async enqueue(manager: EntityManager, type: string, payload: object, options: EnqueueOptions = {}): Promise<string | null> {
    const rows = (await manager.query(
      `INSERT INTO jobs (type, payload, run_at, dedupe_key, max_attempts)
       VALUES ($1, $2::jsonb, coalesce($3::timestamptz, clock_timestamp()), $4, $5)
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [type, JSON.stringify(payload), options.runAt ?? null, options.dedupeKey ?? null, options.maxAttempts ?? 10],
    )) as { id: string }[];
    return rows[0]?.id ?? null;
  }
}
