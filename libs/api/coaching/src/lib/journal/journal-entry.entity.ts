import { UserEntity } from '@debrief/api/identity';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** A student's preparation journal entry. */
@Entity('journal_entries')
@Index('journal_entries_student', ['studentId', 'practisedOn'])
export class JournalEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'student_id', type: 'uuid' })
  studentId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'student_id' })
  student?: UserEntity;

  @Column({ name: 'practised_on', type: 'date' })
  practisedOn!: string;

  @Column({ type: 'text' })
  practised!: string;

  @Column({ name: 'questions_met', type: 'text', default: '' })
  questionsMet!: string;

  /** [{ topic, level 1–5 }] */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  confidence!: { topic: string; level: number }[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
