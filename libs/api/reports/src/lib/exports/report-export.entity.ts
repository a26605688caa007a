import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The audit of an export that names students: who took which report, for which period and filters, and how many rows. */
@Entity('report_exports')
@Index('report_exports_at', ['at'])
export class ReportExportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  @Column({ type: 'varchar', length: 40 })
  report!: string;

  @Column({ type: 'varchar', length: 10 })
  format!: string;

  @Column({ type: 'jsonb' })
  scope!: Record<string, unknown>;

  @Column({ type: 'integer' })
  rows!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
