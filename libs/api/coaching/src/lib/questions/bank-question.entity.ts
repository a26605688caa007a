import { Specialty } from '@debrief/shared/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EvaluationEntity } from '../evaluations/evaluation.entity';

/** A question asked in a mock interview; the bank shows those of shared evaluations. */
@Entity('bank_questions')
@Index('bank_questions_category', ['category', 'createdAt'])
export class BankQuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'evaluation_id', type: 'uuid' })
  evaluationId!: string;

  @ManyToOne(() => EvaluationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluation_id' })
  evaluation?: EvaluationEntity;

  @Column({ name: 'session_type_id', type: 'uuid' })
  sessionTypeId!: string;

  @Column({ type: 'enum', enum: Specialty, enumName: 'specialty' })
  category!: Specialty;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'varchar', length: 80, default: '' })
  topic!: string;

  @Column({ type: 'varchar', length: 80, default: '' })
  company!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
