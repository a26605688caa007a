import { Column, CreateDateColumn, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BookingEventKind } from '../scheduling.enums';
import { BookingEntity } from './booking.entity';

/** One change in a booking's life: who did what, when, and from/to which time. */
@Entity('booking_events')
@Index('booking_events_booking', ['bookingId', 'at'])
// The center's reports count cancellations and reschedules of a period (scheduling_report_booking_changes).
@Index('booking_events_kind_at', ['kind', 'at'])
export class BookingEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'booking_id', type: 'uuid' })
  bookingId!: string;

  @ManyToOne(() => BookingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id' })
  booking?: BookingEntity;

  @Column({ type: 'enum', enum: BookingEventKind, enumName: 'booking_event_kind' })
  kind!: BookingEventKind;

  @ForeignKey('users', { onDelete: 'SET NULL' })
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'from_starts_at', type: 'timestamptz', nullable: true })
  fromStartsAt!: Date | null;

  @Column({ name: 'to_starts_at', type: 'timestamptz', nullable: true })
  toStartsAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** Where the session happens after this change (LOCATION_CHANGED). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  location!: string | null;
}
