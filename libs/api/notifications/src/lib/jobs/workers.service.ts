import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@debrief/api/core';
import { MailWorker } from '../mail/mail-worker.service';
import { JobWorker } from './job-worker.service';

/**
 * Runs the job and mail workers: in the background (WORKERS=auto, polling every WORKER_POLL_MS),
 * or only when asked (WORKERS=manual, the tests' default: `drain()`). Several API processes may
 * run them at once; the leases keep each job and message with one worker. On shutdown (before the
 * database closes) no new job or send starts, the ones in flight finish and are recorded, and the
 * rest of a claimed batch is released, so another process takes it at once.
 */
@Injectable()
export class Workers implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('Workers');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  /** Every round in flight, polled or asked for (drain, runOnce): shutdown waits for them all. */
  private readonly inFlight = new Set<Promise<unknown>>();
  private stopped = true;
  private shuttingDown = false;
  private lastPurge = 0;

  constructor(
    readonly jobs: JobWorker,
    readonly mail: MailWorker,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.workers.mode === 'auto') this.start();
  }

  /** Before the database connection closes (TypeORM closes it on application shutdown). */
  async onModuleDestroy(): Promise<void> {
    this.shuttingDown = true;
    const workersStopped = Promise.all([this.jobs.stop(), this.mail.stop()]);
    await this.stop();
    await Promise.allSettled([...this.inFlight]);
    await workersStopped;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const tick = () => {
      if (this.stopped) return;
      let busy = false;
      this.running = this.runOnce()
        .then((done) => (busy = done.jobs + done.messages > 0))
        .catch((error) => this.log.error(`Worker round failed: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => {
          this.running = undefined;
          // A round that found work goes again at once (a backlog drains at full speed); an idle one waits.
          if (!this.stopped) this.timer = setTimeout(tick, busy ? 0 : this.config.workers.pollMs);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  /** Stops polling and waits for the round in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One round: due jobs (which may queue messages), then due messages; hourly, finished jobs are forgotten. */
  runOnce(): Promise<{ jobs: number; messages: number }> {
    const round = this.round();
    this.inFlight.add(round);
    void round.finally(() => this.inFlight.delete(round)).catch(() => undefined);
    return round;
  }

  private async round(): Promise<{ jobs: number; messages: number }> {
    if (this.shuttingDown) return { jobs: 0, messages: 0 };
    if (Date.now() - this.lastPurge > 3600_000) {
      this.lastPurge = Date.now();
      await this.jobs.purgeDone();
    }
    const jobs = await this.jobs.runDue();
    const messages = await this.mail.runDue();
    return { jobs, messages };
  }

  /** Runs rounds until nothing is due (or maxRounds); for tests and scripts. */
  async drain(maxRounds = 100): Promise<{ jobs: number; messages: number }> {
    const total = { jobs: 0, messages: 0 };
    for (let round = 0; round < maxRounds && !this.shuttingDown; round++) {
      const done = await this.runOnce();
      total.jobs += done.jobs;
      total.messages += done.messages;
      if (done.jobs === 0 && done.messages === 0) break;
    }
    return total;
  }
}
