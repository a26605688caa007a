import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@debrief/api/core';
import { DataSource } from 'typeorm';
import { InFlight, Lease } from '../lease/lease';
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
 * Runs due jobs, claimed under the shared Lease protocol. Each job runs in a transaction that also
 * marks it done, guarded by the lease (a worker whose lease expired cannot complete it). Jobs of a
 * batch run one after another, in the order they were queued; once stopping, the rest of the
 * batch is released for another worker.
 */
@Injectable()
export class JobWorker {
  private readonly log = new Logger('Jobs');
  readonly id = newWorkerId('jobs');
  private readonly lease: Lease;
  private stopping = false;
  private readonly inFlight = new InFlight();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: JobRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.lease = new Lease(db, { table: 'jobs', dueColumn: 'run_at', tieBreak: 'queue_no', returning: `id, type, payload, attempts, max_attempts AS "maxAttempts"` }, this.id, config.workers.leaseSeconds);
  }

  /** No new job starts after this; resolves once the one running has finished and the rest are released. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.inFlight.settled();
  }

  async claim(limit = 20): Promise<ClaimedJob[]> {
    const types = this.registry.types();
    if (types.length === 0 || this.stopping) return [];
    return this.lease.claim<ClaimedJob>(limit, { where: `o.type = ANY($4::varchar[])`, params: [types] });
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
  runDue(limit = 20): Promise<number> {
    return this.inFlight.track(this.runBatch(limit));
  }

  private async runBatch(limit: number): Promise<number> {
    const jobs = await this.claim(limit);
    let ran = 0;
    for (const job of jobs) {
      if (this.stopping) break;
      await this.run(job);
      ran += 1;
    }
    if (ran < jobs.length) await this.lease.release(jobs.slice(ran).map((j) => j.id));
    return ran;
  }

  private async run(job: ClaimedJob): Promise<void> {
    const handler = this.registry.get(job.type);
    try {
      if (!handler) throw new Error(`No handler registered for job type "${job.type}"`);
      await this.db.transaction(async (manager) => {
        await handler(job.payload, { manager, jobId: job.id, attempt: job.attempts });
        const done = await this.lease.settle(job.id, `status = 'DONE', done_at = now(), last_error = NULL`, [], manager);
        if (!done) throw new LeaseLostError(job.id);
      });
    } catch (error) {
      if (error instanceof LeaseLostError) {
        this.log.warn(error.message);
        return;
      }
      const giveUp = job.attempts >= job.maxAttempts;
      this.log.warn(`Job ${job.type} ${job.id} attempt ${job.attempts} failed${giveUp ? ' (giving up)' : ''}: ${errorText(error)}`);
      await this.lease.settle(job.id, `status = $3::job_status, run_at = now() + make_interval(secs => $4), last_error = $5`, [
        giveUp ? 'FAILED' : 'PENDING',
        backoffMs(job.attempts, this.config.workers.retryBaseMs) / 1000,
        errorText(error),
      ]);
    }
  }
}
