import { PlanItemStatus } from '@debrief/shared/domain';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { EvaluationEntity } from '../evaluations/evaluation.entity';
import { RubricCriterionEntity } from '../rubrics/rubric.entity';

/** A coach's improvement plan for one student. */
@Entity('improvement_plans')
@Index('improvement_plans_student', ['studentId'])
export class ImprovementPlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('users', { onDelete: 'RESTRICT' })
  @Column({ name: 'student_id', type: 'uuid' })
  studentId!: string;

  @ForeignKey('users', { onDelete: 'RESTRICT' })
  @Column({ name: 'coach_id', type: 'uuid' })
  coachId!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A stretch of the plan's timeline, in weeks from its start (e.g. weeks 1–2 foundations). */
@Entity('plan_phases')
@Check('plan_phases_weeks', `"start_week" >= 1 AND "end_week" >= "start_week"`)
export class PlanPhaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @ManyToOne(() => ImprovementPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: ImprovementPlanEntity;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ name: 'start_week', type: 'int' })
  startWeek!: number;

  @Column({ name: 'end_week', type: 'int' })
  endWeek!: number;
}

@Entity('plan_goals')
export class PlanGoalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @ManyToOne(() => ImprovementPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: ImprovementPlanEntity;

  @Column({ type: 'text' })
  text!: string;

  /** The rubric criterion the goal improves. */
  @Column({ name: 'criterion_id', type: 'uuid', nullable: true })
  criterionId!: string | null;

  @ManyToOne(() => RubricCriterionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'criterion_id' })
  criterion?: RubricCriterionEntity;
}

@Entity('plan_items')
@Index('plan_items_plan', ['planId'])
export class PlanItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @ManyToOne(() => ImprovementPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: ImprovementPlanEntity;

  @Column({ name: 'goal_id', type: 'uuid', nullable: true })
  goalId!: string | null;

  @ManyToOne(() => PlanGoalEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'goal_id' })
  goal?: PlanGoalEntity;

  @Column({ name: 'phase_id', type: 'uuid', nullable: true })
  phaseId!: string | null;

  @ManyToOne(() => PlanPhaseEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'phase_id' })
  phase?: PlanPhaseEntity;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'enum', enum: PlanItemStatus, enumName: 'plan_item_status', default: PlanItemStatus.Todo })
  status!: PlanItemStatus;

  /** The evaluation whose "areas for improvement" the item came from. */
  @Column({ name: 'source_evaluation_id', type: 'uuid', nullable: true })
  sourceEvaluationId!: string | null;

  @ManyToOne(() => EvaluationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'source_evaluation_id' })
  sourceEvaluation?: EvaluationEntity;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity('plan_resources')
export class PlanResourceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @ManyToOne(() => ImprovementPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: ImprovementPlanEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 1000 })
  url!: string;
}

@Entity('plan_item_comments')
export class PlanItemCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => PlanItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: PlanItemEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** The plan's history: every change, who and when. */
@Entity('plan_events')
@Index('plan_events_plan', ['planId', 'at'])
export class PlanEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @ManyToOne(() => ImprovementPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: ImprovementPlanEntity;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  @Column({ type: 'text' })
  summary!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
