import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A student's preparation journal entry. */
@Entity('journal_entries')
@Index('journal_entries_student', ['studentId', 'practisedOn'])
@Index('journal_entries_booking', ['bookingId'], { unique: true })
export class JournalEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('users', { onDelete: 'RESTRICT' })
  @Column({ name: 'student_id', type: 'uuid' })
  studentId!: string;

  @Column({ name: 'practised_on', type: 'date' })
  practisedOn!: string;

  @Column({ type: 'text' })
  practised!: string;

  @Column({ name: 'questions_met', type: 'text', default: '' })
  questionsMet!: string;

  /** [{ topic, level 1–5 }] */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  confidence!: { topic: string; level: number }[];

  /** Set when the entry is a practice session's self-review: one per session. */
  @Column({ name: 'booking_id', type: 'uuid', nullable: true })
  bookingId!: string | null;

  /** The self-review checklist as the student worked it: [{ item, done }] (empty for other entries). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  checklist!: { item: string; done: boolean }[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
