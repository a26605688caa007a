import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { WorkshopSeriesEntity } from '../series/workshop-series.entity';
import { WorkshopStatus } from '../workshops.enums';

/**
 * One registrable workshop (a series' occurrence is one too). `seats_taken` counts the
 * registrations holding a seat; it only moves under this row's lock, and PostgreSQL refuses
 * it above capacity (and, at commit, any mismatch with the registrations: see the migration's
 * workshop_seats_consistent trigger).
 */
@Entity('workshops')
@Check('workshops_seats', `"seats_taken" >= 0 AND "seats_taken" <= "capacity"`)
@Check('workshops_capacity', `"capacity" BETWEEN 1 AND 1000`)
@Check('workshops_times', `"starts_at" < "ends_at"`)
@Check('workshops_registration_window', `"registration_opens_at" < "registration_closes_at" AND "registration_closes_at" <= "ends_at"`)
@Index('workshops_starts', ['startsAt'])
@Index('workshops_series_starts', ['seriesId', 'startsAt'])
export class WorkshopEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'series_id', type: 'uuid', nullable: true })
  seriesId!: string | null;

  @ManyToOne(() => WorkshopSeriesEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'series_id' })
  series?: WorkshopSeriesEntity;

  @Column({ type: 'varchar', length: 160 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** Lower-case topic tags ("resume", "behavioral"). */
  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  topics!: string[];

  /** Coaches or staff who run it. */
  @Column({ name: 'facilitator_ids', type: 'uuid', array: true, default: () => "'{}'" })
  facilitatorIds!: string[];

  /** Room or video link. */
  @Column({ type: 'varchar', length: 500 })
  location!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'int' })
  capacity!: number;

  @Column({ name: 'seats_taken', type: 'int', default: 0 })
  seatsTaken!: number;

  @Column({ name: 'registration_opens_at', type: 'timestamptz' })
  registrationOpensAt!: Date;

  @Column({ name: 'registration_closes_at', type: 'timestamptz' })
  registrationClosesAt!: Date;

  /** Empty: every class year. */
  @Column({ name: 'audience_class_years', type: 'int', array: true, default: () => "'{}'" })
  audienceClassYears!: number[];

  /** Empty: every major (compared case-insensitively). */
  @Column({ name: 'audience_majors', type: 'varchar', length: 120, array: true, default: () => "'{}'" })
  audienceMajors!: string[];

  @Column({ type: 'enum', enum: WorkshopStatus, enumName: 'workshop_status', default: WorkshopStatus.Draft })
  status!: WorkshopStatus;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: string | null;

  /** Stable calendar identity (RFC 5545 UID) and revision for invites: bumped on every change registrants see. */
  @Column({ name: 'ical_uid', type: 'uuid' })
  icalUid!: string;

  @Column({ name: 'ical_sequence', type: 'int', default: 0 })
  icalSequence!: number;

  @ForeignKey('users', { onDelete: 'SET NULL' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
