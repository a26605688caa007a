import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A session type's self-review checklist, edited by staff (the defaults apply while a type has none). */
@Entity('practice_checklists')
@Check('practice_checklists_items', `cardinality("items") BETWEEN 1 AND 30 AND array_position("items", '') IS NULL`)
export class PracticeChecklistEntity {
  /** The session type's id (scheduling's; no cross-domain foreign key). */
  @PrimaryColumn({ name: 'session_type_id', type: 'uuid' })
  sessionTypeId!: string;

  @Column({ type: 'text', array: true })
  items!: string[];

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
