import { Specialty } from '@debrief/shared/domain';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LocationKind } from '../scheduling.enums';

/** What a student can book (e.g. "Coding mock interview, 60 min"), with its booking rules. */
@Entity('session_types')
@Check('session_types_duration', `"duration_minutes" BETWEEN 15 AND 240 AND ("interview_minutes" IS NULL OR "interview_minutes" BETWEEN 5 AND "duration_minutes")`)
@Check('session_types_rules', `"buffer_before_minutes" >= 0 AND "buffer_after_minutes" >= 0 AND "min_notice_minutes" >= 0 AND "horizon_days" BETWEEN 1 AND 365 AND "cancel_cutoff_hours" >= 0`)
export class SessionTypeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'enum', enum: Specialty, enumName: 'specialty' })
  category!: Specialty;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** What the student should prepare; goes into the confirmation and the invite. */
  @Column({ type: 'text', default: '' })
  preparation!: string;

  @Column({ name: 'duration_minutes', type: 'int', default: 60 })
  durationMinutes!: number;

  /** The interview part of a mock interview; the rest of the duration is feedback. */
  @Column({ name: 'interview_minutes', type: 'int', nullable: true })
  interviewMinutes!: number | null;

  @Column({ name: 'buffer_before_minutes', type: 'int', default: 0 })
  bufferBeforeMinutes!: number;

  @Column({ name: 'buffer_after_minutes', type: 'int', default: 10 })
  bufferAfterMinutes!: number;

  @Column({ name: 'min_notice_minutes', type: 'int', default: 720 })
  minNoticeMinutes!: number;

  @Column({ name: 'horizon_days', type: 'int', default: 28 })
  horizonDays!: number;

  /** Inside this many hours before the start, only staff may cancel or reschedule. */
  @Column({ name: 'cancel_cutoff_hours', type: 'int', default: 24 })
  cancelCutoffHours!: number;

  /** Active future bookings of this type one student may hold (null: only the center-wide cap). */
  @Column({ name: 'max_active_per_student', type: 'int', nullable: true })
  maxActivePerStudent!: number | null;

  @Column({ name: 'location_kind', type: 'enum', enum: LocationKind, enumName: 'location_kind', default: LocationKind.Video })
  locationKind!: LocationKind;

  @Column({ type: 'varchar', length: 200, nullable: true })
  room!: string | null;

  /** Retired types cannot be booked; past bookings keep pointing at them. */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
