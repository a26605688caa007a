import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One slot search as asked (type, coach if any, window) and what it found (how many starts, the
 * first one): the center's demand and wait-to-slot figures. Written in batches off the request
 * path (SlotSearchLog); read by reports through scheduling_report_slot_searches.
 */
@Entity('slot_searches')
@Index('slot_searches_at', ['searchedAt'])
export class SlotSearchLogEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'searched_at', type: 'timestamptz' })
  searchedAt!: Date;

  @Column({ name: 'session_type_id', type: 'uuid' })
  sessionTypeId!: string;

  @Column({ name: 'coach_id', type: 'uuid', nullable: true })
  coachId!: string | null;

  @Column({ name: 'range_from', type: 'timestamptz' })
  rangeFrom!: Date;

  @Column({ name: 'range_to', type: 'timestamptz' })
  rangeTo!: Date;

  @Column({ type: 'integer' })
  results!: number;

  @Column({ name: 'first_slot_at', type: 'timestamptz', nullable: true })
  firstSlotAt!: Date | null;
}
