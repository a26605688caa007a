import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One range of a coach's weekly hours, in the coach's own time zone (wall-clock minutes). */
@Entity('weekly_hours')
@Index('weekly_hours_coach', ['coachId', 'weekday'])
@Check('weekly_hours_range', `"weekday" BETWEEN 1 AND 7 AND "start_minute" >= 0 AND "start_minute" < "end_minute" AND "end_minute" <= 1440`)
export class WeeklyHoursEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('users', { onDelete: 'CASCADE' })
  @Column({ name: 'coach_id', type: 'uuid' })
  coachId!: string;

  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  @Column({ type: 'smallint' })
  weekday!: number;

  @Column({ name: 'start_minute', type: 'smallint' })
  startMinute!: number;

  @Column({ name: 'end_minute', type: 'smallint' })
  endMinute!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
