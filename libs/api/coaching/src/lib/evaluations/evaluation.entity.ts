import { EvaluationStatus, Role } from '@debrief/shared/domain';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { RubricCriterionEntity, RubricVersionEntity } from '../rubrics/rubric.entity';

/**
 * A coach's evaluation of one completed booking (at most one per booking), on the rubric version
 * the session type's rubric had when it was written. Private notes live here and only the coach
 * view of the GraphQL schema has a field for them.
 */
@Entity('evaluations')
@Check('evaluations_recommendation', `"recommendation" IS NULL OR "recommendation" BETWEEN 1 AND 4`)
@Index('evaluations_student', ['studentId', 'createdAt'])
@Index('evaluations_coach', ['coachId', 'createdAt'])
// The center's reports read a term of evaluations (coaching_report_scores).
@Index('evaluations_session_at', ['sessionAt'])
export class EvaluationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('bookings', { onDelete: 'RESTRICT' })
  @Column({ name: 'booking_id', type: 'uuid', unique: true })
  bookingId!: string;

  @Column({ name: 'rubric_version_id', type: 'uuid' })
  rubricVersionId!: string;

  @ManyToOne(() => RubricVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rubric_version_id' })
  rubricVersion?: RubricVersionEntity;

  /** The booking's coach (snapshot, so access checks need no join). */
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  @Column({ name: 'coach_id', type: 'uuid' })
  coachId!: string;

  @ForeignKey('users', { onDelete: 'RESTRICT' })
  @Column({ name: 'student_id', type: 'uuid' })
  studentId!: string;

  @Column({ name: 'session_type_id', type: 'uuid' })
  sessionTypeId!: string;

  @Column({ name: 'session_at', type: 'timestamptz' })
  sessionAt!: Date;

  @Column({ type: 'enum', enum: EvaluationStatus, enumName: 'evaluation_status', default: EvaluationStatus.Draft })
  status!: EvaluationStatus;

  @Column({ type: 'smallint', nullable: true })
  recommendation!: number | null;

  @Column({ type: 'text', default: '' })
  strengths!: string;

  @Column({ name: 'areas_for_improvement', type: 'text', array: true, default: () => "'{}'" })
  areasForImprovement!: string[];

  /** Coach and staff only: never in a student type, export or email. */
  @Column({ name: 'private_notes', type: 'text', default: '' })
  privateNotes!: string;

  @Column({ type: 'int', default: 1 })
  revision!: number;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Column({ name: 'shared_at', type: 'timestamptz', nullable: true })
  sharedAt!: Date | null;

  /** When the student first opened the shared evaluation; self-assessment closes then. */
  @Column({ name: 'student_seen_at', type: 'timestamptz', nullable: true })
  studentSeenAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity('evaluation_scores')
@Check('evaluation_scores_scale', `"score" BETWEEN 1 AND 4`)
export class EvaluationScoreEntity {
  @PrimaryColumn({ name: 'evaluation_id', type: 'uuid' })
  evaluationId!: string;

  @PrimaryColumn({ name: 'criterion_id', type: 'uuid' })
  criterionId!: string;

  @ManyToOne(() => EvaluationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluation_id' })
  evaluation?: EvaluationEntity;

  @ManyToOne(() => RubricCriterionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'criterion_id' })
  criterion?: RubricCriterionEntity;

  /** Whole levels from the coach; STAR parts are the mean of the answers (one decimal). */
  @Column({ type: 'numeric', precision: 3, scale: 1, transformer: { to: (v: number) => v, from: (v: string | null) => (v == null ? v : Number(v)) } })
  score!: number;

  @Column({ type: 'text', default: '' })
  note!: string;
}

/** One behavioral answer, scored on S/T/A/R. */
@Entity('evaluation_star_entries')
@Check('evaluation_star_entries_scale', `"situation" BETWEEN 1 AND 4 AND "task" BETWEEN 1 AND 4 AND "action" BETWEEN 1 AND 4 AND "result" BETWEEN 1 AND 4`)
export class StarEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'evaluation_id', type: 'uuid' })
  evaluationId!: string;

  @ManyToOne(() => EvaluationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluation_id' })
  evaluation?: EvaluationEntity;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  question!: string;

  @Column({ type: 'varchar', length: 80 })
  competency!: string;

  @Column({ type: 'smallint' })
  situation!: number;

  @Column({ type: 'smallint' })
  task!: number;

  @Column({ type: 'smallint' })
  action!: number;

  @Column({ type: 'smallint' })
  result!: number;

  @Column({ type: 'text', default: '' })
  notes!: string;
}

/** Every saved state of an evaluation (coach view, private notes included): its history. */
@Entity('evaluation_revisions')
@Index('evaluation_revisions_evaluation_revision', ['evaluationId', 'revision'], { unique: true })
export class EvaluationRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'evaluation_id', type: 'uuid' })
  evaluationId!: string;

  @ManyToOne(() => EvaluationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluation_id' })
  evaluation?: EvaluationEntity;

  @Column({ type: 'int' })
  revision!: number;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  @Column({ type: 'varchar', length: 20 })
  action!: string;

  @Column({ type: 'jsonb' })
  snapshot!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Audit trail: a read of an evaluation by anyone but its student. */
@Entity('evaluation_reads')
@Index('evaluation_reads_at', ['at'])
@Index('evaluation_reads_reader', ['readerId', 'at'])
@Index('evaluation_reads_student', ['studentId', 'at'])
export class EvaluationReadEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'evaluation_id', type: 'uuid' })
  evaluationId!: string;

  @ManyToOne(() => EvaluationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluation_id' })
  evaluation?: EvaluationEntity;

  @Column({ name: 'student_id', type: 'uuid' })
  studentId!: string;

  @ForeignKey('users', { onDelete: 'RESTRICT' })
  @Column({ name: 'reader_id', type: 'uuid' })
  readerId!: string;

  @Column({ name: 'reader_role', type: 'enum', enum: Role, enumName: 'user_role' })
  readerRole!: Role;

  /** Which operation read it (e.g. "coachEvaluation", "progress"). */
  @Column({ type: 'varchar', length: 60 })
  via!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}

/** The student's own scores on the same rubric, given before they see the coach's. */
@Entity('self_assessments')
export class SelfAssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('bookings', { onDelete: 'RESTRICT' })
  @Column({ name: 'booking_id', type: 'uuid', unique: true })
  bookingId!: string;

  @Column({ name: 'student_id', type: 'uuid' })
  studentId!: string;

  @Column({ name: 'rubric_version_id', type: 'uuid' })
  rubricVersionId!: string;

  @ManyToOne(() => RubricVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rubric_version_id' })
  rubricVersion?: RubricVersionEntity;

  /** [{ criterionId, score }] on the version's criteria. */
  @Column({ type: 'jsonb' })
  scores!: { criterionId: string; score: number }[];

  @Column({ type: 'text', default: '' })
  notes!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
