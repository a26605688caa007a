import { Check, Column, CreateDateColumn, Entity, Exclusion, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { BookingStatus } from '../scheduling.enums';
import { SessionTypeEntity } from '../session-types/session-type.entity';

/**
 * A booked session. PostgreSQL itself refuses overlaps, whatever the application does:
 * a coach's buffered time and a student's session time never overlap another active booking's.
 */
@Entity('bookings')
@Exclusion('bookings_coach_no_overlap', `USING gist ("coach_id" WITH =, tstzrange("blocked_from", "blocked_to") WITH &&) WHERE ("status" <> 'CANCELLED')`)
@Exclusion('bookings_student_no_overlap', `USING gist ("student_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("status" <> 'CANCELLED')`)
@Check('bookings_times', `"starts_at" < "ends_at" AND "blocked_from" <= "starts_at" AND "blocked_to" >= "ends_at"`)
@Index('bookings_student_starts', ['studentId', 'startsAt'])
@Index('bookings_coach_starts', ['coachId', 'startsAt'])
// The center's reports read a term of every coach's bookings (scheduling_report_bookings).
@Index('bookings_starts_at', ['startsAt'])
export class BookingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'session_type_id', type: 'uuid' })
  sessionTypeId!: string;

  @ManyToOne(() => SessionTypeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_type_id' })
  sessionType?: SessionTypeEntity;

  @ForeignKey('users', { onDelete: 'RESTRICT' })
  @Column({ name: 'coach_id', type: 'uuid' })
  coachId!: string;

  @ForeignKey('users', { onDelete: 'RESTRICT' })
  @Column({ name: 'student_id', type: 'uuid' })
  studentId!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  /** The coach's time this booking takes, buffers included (snapshot of the type's buffers). */
  @Column({ name: 'blocked_from', type: 'timestamptz' })
  blockedFrom!: Date;

  @Column({ name: 'blocked_to', type: 'timestamptz' })
  blockedTo!: Date;

  @Column({ type: 'enum', enum: BookingStatus, enumName: 'booking_status', default: BookingStatus.Booked })
  status!: BookingStatus;

  /** How the coach was chosen: "student's choice" or the any-coach rule that picked them. */
  @Column({ type: 'varchar', length: 200 })
  assignment!: string;

  /** Room or video link at booking time. */
  @Column({ type: 'varchar', length: 500, default: '' })
  location!: string;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: string | null;

  @Column({ name: 'no_show_excused', type: 'boolean', default: false })
  noShowExcused!: boolean;

  /** Stable calendar identity (RFC 5545 UID) and revision for invites. */
  @Column({ name: 'ical_uid', type: 'uuid' })
  icalUid!: string;

  @Column({ name: 'ical_sequence', type: 'int', default: 0 })
  icalSequence!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
