import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OverrideKind } from '../scheduling.enums';

/** A date-specific change to a coach's hours: extra hours, or the day off (coach's local date). */
@Entity('availability_overrides')
@Index('availability_overrides_coach_date', ['coachId', 'date'])
@Check(
  'availability_overrides_range',
  `("kind" = 'DAY_OFF' AND "start_minute" IS NULL AND "end_minute" IS NULL) OR ("kind" = 'EXTRA' AND "start_minute" >= 0 AND "start_minute" < "end_minute" AND "end_minute" <= 1440)`,
)
export class AvailabilityOverrideEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('users', { onDelete: 'CASCADE' })
  @Column({ name: 'coach_id', type: 'uuid' })
  coachId!: string;

  /** 'YYYY-MM-DD' in the coach's time zone. */
  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'enum', enum: OverrideKind, enumName: 'override_kind' })
  kind!: OverrideKind;

  @Column({ name: 'start_minute', type: 'smallint', nullable: true })
  startMinute!: number | null;

  @Column({ name: 'end_minute', type: 'smallint', nullable: true })
  endMinute!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
