import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@debrief/api/core';
import { DataSource } from 'typeorm';
import { backoffMs, errorText } from './backoff';
import { JobRegistry } from './job-registry';
import { unwrap } from './sql';
import { newWorkerId } from './worker-id';

interface ClaimedJob {
  id: string;
  type: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
}

class LeaseLostError extends Error {
  constructor(id: string) {
    super(`Lease on job ${id} was lost before it completed`);
  }
}

/**
 * Runs due jobs. A claim is one statement (FOR UPDATE SKIP LOCKED, then a lease in locked_until),
 * so no transaction stays open between claiming and running; each job then runs in a transaction
 * that also marks it done, guarded by the lease (a worker whose lease expired cannot complete it).
 * A worker that dies mid-job leaves a lease that expires; another worker then runs the job.
 */
@Injectable()
export class JobWorker {
  private readonly log = new Logger('Jobs');
  readonly id = newWorkerId('jobs');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: JobRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async claim(limit = 20): Promise<ClaimedJob[]> {
    const types = this.registry.types();
    if (types.length === 0) return [];
    const rows = (await this.db.query(
      `WITH claimed AS (
         UPDATE jobs SET locked_until = now() + make_interval(secs => $2), locked_by = $3, attempts = attempts + 1, updated_at = now()
          WHERE id IN (SELECT id FROM jobs
                        WHERE status = 'PENDING' AND run_at <= now() AND (locked_until IS NULL OR locked_until < now())
                          AND type = ANY($4::varchar[])
                        ORDER BY run_at LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING id, type, payload, attempts, max_attempts, run_at)
       -- UPDATE … RETURNING has no order: run the batch in the order the jobs were queued.
       SELECT id, type, payload, attempts, max_attempts AS "maxAttempts" FROM claimed ORDER BY run_at, id`,
      [limit, this.config.workers.leaseSeconds, this.id, types],
    )) as [ClaimedJob[], number];
    return unwrap<ClaimedJob>(rows);
  }

  /** Forgets finished jobs after `days` (failed ones stay for inspection); returns how many. */
  async purgeDone(days = 14): Promise<number> {
    const rows = unwrap<{ id: string }>(
      (await this.db.query(`DELETE FROM jobs WHERE status = 'DONE' AND done_at < now() - make_interval(days => $1) RETURNING id`, [days])) as [
        { id: string }[],
        number,
      ],
    );
    return rows.length;
  }

  /** Claims and runs one batch; returns how many jobs it ran (succeeded or not). */
  async runDue(limit = 20): Promise<number> {
    const jobs = await this.claim(limit);
    for (const job of jobs) await this.run(job);
    return jobs.length;
  }

  private async run(job: ClaimedJob): Promise<void> {
    const handler = this.registry.get(job.type);
    try {
      if (!handler) throw new Error(`No handler registered for job type "${job.type}"`);
      await this.db.transaction(async (manager) => {
        await handler(job.payload, { manager, jobId: job.id, attempt: job.attempts });
        const done = unwrap(
          await manager.query(
            `UPDATE jobs SET status = 'DONE', done_at = now(), locked_until = NULL, last_error = NULL, updated_at = now()
              WHERE id = $1 AND locked_by = $2 AND status = 'PENDING' RETURNING id`,
            [job.id, this.id],
          ),
        );
        if (done.length === 0) throw new LeaseLostError(job.id);
      });
    } catch (error) {
      if (error instanceof LeaseLostError) {
        this.log.warn(error.message);
        return;
      }
      const giveUp = job.attempts >= job.maxAttempts;
      this.log.warn(`Job ${job.type} ${job.id} attempt ${job.attempts} failed${giveUp ? ' (giving up)' : ''}: ${errorText(error)}`);
      await this.db.query(
        `UPDATE jobs SET status = $3::job_status, run_at = now() + make_interval(secs => $4), locked_until = NULL, locked_by = NULL,
                last_error = $5, updated_at = now()
          WHERE id = $1 AND locked_by = $2`,
        [job.id, this.id, giveUp ? 'FAILED' : 'PENDING', backoffMs(job.attempts, this.config.workers.retryBaseMs) / 1000, errorText(error)],
      );
    }
  }
}
