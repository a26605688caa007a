import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { RecurrenceKind } from '../workshops.enums';

/** A run of workshops created together ("Résumé Lab, Tuesdays 4 pm for 6 weeks"); each occurrence is its own workshop. */
@Entity('workshop_series')
export class WorkshopSeriesEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 160 })
  title!: string;

  @Column({ type: 'enum', enum: RecurrenceKind, enumName: 'workshop_recurrence' })
  recurrence!: RecurrenceKind;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
