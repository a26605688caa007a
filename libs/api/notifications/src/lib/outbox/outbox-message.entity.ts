import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OutboxStatus } from './outbox-status';

/**
 * An email the platform owes someone, written in the same transaction as the change that
 * caused it. With no SMTP configured, this table is the dev outbox the portal shows.
 */
@Entity('outbox_messages')
@Index('outbox_messages_pending', ['availableAt'], { where: `"status" = 'PENDING'` })
@Index('outbox_messages_calendar_thread', ['calendarUid', 'to', 'calendarSequence'], { where: `"calendar_uid" IS NOT NULL` })
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** What the message is about, e.g. "invitation". */
  @Column({ type: 'varchar', length: 60 })
  kind!: string;

  @Column({ name: 'to_address', type: 'varchar', length: 254 })
  to!: string;

  @Column({ type: 'varchar', length: 200 })
  subject!: string;

  @Column({ name: 'text_body', type: 'text' })
  text!: string;

  @Column({ name: 'html_body', type: 'text' })
  html!: string;

  @Column({ type: 'enum', enum: OutboxStatus, enumName: 'outbox_status', default: OutboxStatus.Pending })
  status!: OutboxStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  /** RFC 5322 Message-ID, fixed at enqueue: every retry of this message carries the same one. */
  @Column({ name: 'message_id', type: 'varchar', length: 250 })
  messageId!: string;

  /** iTIP method of the attached calendar (REQUEST, CANCEL...), when the message carries one. */
  @Column({ name: 'calendar_method', type: 'varchar', length: 20, nullable: true })
  calendarMethod!: string | null;

  @Column({ name: 'calendar_ics', type: 'text', nullable: true })
  calendarIcs!: string | null;

  /** The attached event's UID: with the recipient, the thread whose revisions go out in SEQUENCE order. */
  @Column({ name: 'calendar_uid', type: 'varchar', length: 255, nullable: true })
  calendarUid!: string | null;

  /** The attached event's SEQUENCE; a newer one for the same UID and recipient supersedes this message. */
  @Column({ name: 'calendar_sequence', type: 'int', nullable: true })
  calendarSequence!: number | null;

  /** The same cause never queues two messages (e.g. "booking:<id>:seq:2:student"). */
  @Column({ name: 'dedupe_key', type: 'varchar', length: 300, nullable: true, unique: true })
  dedupeKey!: string | null;

  /** A worker's claim: until then no other worker takes the message. */
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ name: 'locked_by', type: 'varchar', length: 80, nullable: true })
  lockedBy!: string | null;

  @Column({ name: 'available_at', type: 'timestamptz', default: () => 'now()' })
  availableAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
