import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

/**
 * Prometheus metrics of this process, in its own registry (several apps may share a process in
 * the tests): GraphQL request durations per operation and outcome code, the connection pool, and
 * at scrape time the job queue and the outbox as the database has them (every replica reports
 * the same shared queue; aggregate with max, not sum).
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly graphql = new Histogram({
    name: 'debrief_graphql_request_duration_seconds',
    help: 'GraphQL requests by operation (its root fields) and outcome code (OK or the first error code)',
    labelNames: ['operation', 'code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor(@InjectDataSource() db: DataSource) {
    collectDefaultMetrics({ register: this.registry, prefix: 'debrief_' });
    const registers = [this.registry];
    const pool = () => (db.isInitialized ? (db.driver as unknown as { master?: Pool }).master : undefined);
    new Gauge({
      name: 'debrief_db_pool_connections',
      help: 'Database pool connections: total, idle, and clients waiting for one',
      labelNames: ['state'] as const,
      registers,
      collect() {
        const p = pool();
        this.set({ state: 'total' }, p?.totalCount ?? 0);
        this.set({ state: 'idle' }, p?.idleCount ?? 0);
        this.set({ state: 'waiting' }, p?.waitingCount ?? 0);
      },
    });
    const byStatus = (name: string, help: string, table: 'jobs' | 'outbox_messages') =>
      new Gauge({
        name,
        help,
        labelNames: ['status'] as const,
        registers,
        async collect() {
          const rows = (await db.query(`SELECT status::text AS status, count(*)::int AS n FROM ${table} GROUP BY status`)) as { status: string; n: number }[];
          this.reset();
          for (const row of rows) this.set({ status: row.status }, row.n);
        },
      });
    byStatus('debrief_jobs', 'Background jobs by status (PENDING is the queue depth)', 'jobs');
    byStatus('debrief_outbox_messages', 'Outbox emails by status (FAILED: given up after send failures)', 'outbox_messages');
    new Gauge({
      name: 'debrief_jobs_oldest_due_age_seconds',
      help: 'How long the oldest due, pending job has waited (0 when none)',
      registers,
      async collect() {
        const [row] = (await db.query(
          `SELECT COALESCE(EXTRACT(EPOCH FROM now() - min(run_at)), 0)::float AS age FROM jobs WHERE status = 'PENDING' AND run_at <= now()`,
        )) as { age: number }[];
        this.set(Math.max(0, Number(row?.age ?? 0)));
      },
    });
  }

  observeGraphql(operation: string, code: string, seconds: number): void {
    this.graphql.observe({ operation, code }, seconds);
  }
}
