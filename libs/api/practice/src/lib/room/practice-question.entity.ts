import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PracticeRoomEntity } from './practice-room.entity';

/** A question the coach gave in the room, in order: what the evaluation's "questions asked" start from. */
@Entity('practice_questions')
@Index('practice_questions_room', ['bookingId', 'askedAt'])
@Check('practice_questions_text', `length("text") BETWEEN 1 AND 4000`)
export class PracticeQuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'booking_id', type: 'uuid' })
  bookingId!: string;

  @ManyToOne(() => PracticeRoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id' })
  room?: PracticeRoomEntity;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'varchar', length: 80, default: '' })
  topic!: string;

  @Column({ type: 'varchar', length: 80, default: '' })
  company!: string;

  @Column({ name: 'asked_by', type: 'uuid' })
  askedBy!: string;

  @CreateDateColumn({ name: 'asked_at', type: 'timestamptz' })
  askedAt!: Date;
}
