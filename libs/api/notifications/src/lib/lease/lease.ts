import { DataSource, EntityManager } from 'typeorm';
import { unwrap } from '../jobs/sql';

/** A table of work items held by leases: jobs and outbox messages share the protocol and these columns. */
export interface LeasedTable {
  /** `jobs`, `outbox_messages`: each has id, status ('PENDING' while due), attempts, locked_until, locked_by, updated_at. */
  table: string;
  /** When an item becomes due (run_at, available_at); claims take the earliest first. */
  dueColumn: string;
  /** Breaks ties between items due at the same instant (a queue number, or the id). */
  tieBreak: string;
  /** What a claim returns, as a select list over the claimed rows (aliased for the caller's type). */
  returning: string;
}

export interface ClaimOptions {
  /** An extra SQL condition on the candidate row `o`; its parameters start at $4. */
  where?: string;
  params?: unknown[];
}

/**
 * The one lease protocol of the job and mail workers. A claim is one statement: FOR UPDATE SKIP
 * LOCKED picks due items no other worker holds, and a lease (locked_until, locked_by) reserves them,
 * so no transaction stays open while the work runs. Only the holder settles an item (records its
 * outcome and clears the lease); a worker whose lease expired cannot. A worker that stops
 * gracefully releases what it claimed but did not start, so another takes it at once; only a
 * crashed worker's items wait for their lease to run out.
 */
/** The batches a worker has in flight, so stopping can wait for them (whoever started them). */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();

  track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    void work.finally(() => this.running.delete(work)).catch(() => undefined);
    return work;
  }

  async settled(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }
}

export class Lease {
  constructor(
    private readonly db: DataSource,
    private readonly spec: LeasedTable,
    /** This worker's name in locked_by. */
    readonly holder: string,
    private readonly seconds: number,
  ) {}

  async claim<T>(limit: number, options: ClaimOptions = {}): Promise<T[]> {
    const { table, dueColumn, tieBreak } = this.spec;
    const rows = await this.db.query(
      `WITH claimed AS (
         UPDATE ${table} SET locked_until = now() + make_interval(secs => $2), locked_by = $3, attempts = attempts + 1, updated_at = now()
          WHERE id IN (SELECT o.id FROM ${table} o
                        WHERE o.status = 'PENDING' AND o.${dueColumn} <= now() AND (o.locked_until IS NULL OR o.locked_until < now())
                          AND (${options.where ?? 'TRUE'})
                        ORDER BY o.${dueColumn}, o.${tieBreak} LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING *)
       -- UPDATE … RETURNING has no order: hand the batch back in the order the items became due.
       SELECT ${this.spec.returning} FROM claimed ORDER BY ${dueColumn}, ${tieBreak}`,
      [limit, this.seconds, this.holder, ...(options.params ?? [])],
    );
    return unwrap<T>(rows as [T[], number]);
  }

  /**
   * Records an outcome (`set`, and an optional extra `where` on the item; their parameters start
   * at $3) and clears the lease, if this worker still holds it and the item is still pending.
   * Returns whether it did.
   */
  async settle(id: string, set: string, params: unknown[] = [], manager: EntityManager | DataSource = this.db, where = 'TRUE'): Promise<boolean> {
    const rows = unwrap(
      (await manager.query(
        `UPDATE ${this.spec.table} SET ${set}, locked_until = NULL, locked_by = NULL, updated_at = now()
          WHERE id = $1 AND locked_by = $2 AND status = 'PENDING' AND (${where}) RETURNING id`,
        [id, this.holder, ...params],
      )) as [{ id: string }[], number],
    );
    return rows.length > 0;
  }

  /** Gives back items claimed but never started: due again at once, the claim's attempt not counted. */
  async release(ids: string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const rows = unwrap(
      (await this.db.query(
        `UPDATE ${this.spec.table} SET locked_until = NULL, locked_by = NULL, attempts = greatest(attempts - 1, 0), updated_at = now()
          WHERE id = ANY($1::uuid[]) AND locked_by = $2 AND status = 'PENDING' RETURNING id`,
        [ids, this.holder],
      )) as [{ id: string }[], number],
    );
    return rows.length;
  }
}
