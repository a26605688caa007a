import { Column, CreateDateColumn, Entity, Generated, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { JobStatus } from './job-status';

/**
 * A unit of background work (render a booking's emails, send a reminder...), written in the same
 * transaction as the change that causes it and run later by a worker holding a lease on it.
 */
@Entity('jobs')
@Index('jobs_due', ['runAt'], { where: `"status" = 'PENDING'` })
export class JobEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Handler name, e.g. "booking.changed". */
  @Column({ type: 'varchar', length: 80 })
  type!: string;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  payload!: Record<string, unknown>;

  @Column({ type: 'enum', enum: JobStatus, enumName: 'job_status', default: JobStatus.Pending })
  status!: JobStatus;

  @Column({ name: 'run_at', type: 'timestamptz', default: () => 'now()' })
  runAt!: Date;

  /**
   * Queue order among jobs due at the same instant: clock_timestamp() is only millisecond-exact on
   * the embedded database, so jobs queued in one transaction can share a run_at.
   */
  @Column({ name: 'queue_no', type: 'int' })
  @Generated('increment')
  queueNo!: number;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'max_attempts', type: 'int', default: 10 })
  maxAttempts!: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ name: 'locked_by', type: 'varchar', length: 80, nullable: true })
  lockedBy!: string | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  /** Enqueueing the same key twice keeps the first job (e.g. one reminder per booking revision). */
  @Column({ name: 'dedupe_key', type: 'varchar', length: 300, nullable: true, unique: true })
  dedupeKey!: string | null;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
