import { Check, Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { PracticeLanguage, PracticePhase } from '../practice.enums';

/**
 * A session's practice room, created the first time someone enters it. The clock moves only by
 * conditional updates on `clock_revision`, so two clicks cannot skip a phase.
 */
@Entity('practice_rooms')
@Check('practice_rooms_recording_https', `"recording_url" IS NULL OR ("recording_url" LIKE 'https://%' AND length("recording_url") <= 2000)`)
@Check('practice_rooms_phase_time', `("phase" = 'NOT_STARTED') = ("phase_started_at" IS NULL)`)
export class PracticeRoomEntity {
  /** The booked session's id (the scheduling domain's; no cross-domain foreign key). */
  @PrimaryColumn({ name: 'booking_id', type: 'uuid' })
  bookingId!: string;

  @Column({ type: 'enum', enum: PracticePhase, enumName: 'practice_phase', default: PracticePhase.NotStarted })
  phase!: PracticePhase;

  @Column({ name: 'phase_started_at', type: 'timestamptz', nullable: true })
  phaseStartedAt!: Date | null;

  @Column({ name: 'clock_revision', type: 'int', default: 0 })
  clockRevision!: number;

  @Column({ type: 'enum', enum: PracticeLanguage, enumName: 'practice_language', default: PracticeLanguage.JavaScript })
  language!: PracticeLanguage;

  @Column({ name: 'recording_url', type: 'varchar', length: 2000, nullable: true })
  recordingUrl!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
