import { Specialty, StarPart } from '@debrief/shared/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A rubric template: what one kind of session is scored on. Its content lives in immutable
 * versions; an edit adds a version and moves `current_version`, evaluations keep theirs.
 */
@Entity('rubrics')
export class RubricEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable identity of a seeded default (e.g. "coding"), so installing defaults is idempotent. */
  @Column({ type: 'varchar', length: 60, unique: true })
  key!: string;

  /** Session types of this category are evaluated on this rubric (one rubric per category). */
  @Column({ type: 'enum', enum: Specialty, enumName: 'specialty', unique: true })
  category!: Specialty;

  @Column({ name: 'current_version', type: 'int', default: 1 })
  currentVersion!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity('rubric_versions')
@Index('rubric_versions_rubric_version', ['rubricId', 'version'], { unique: true })
export class RubricVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'rubric_id', type: 'uuid' })
  rubricId!: string;

  @ManyToOne(() => RubricEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rubric_id' })
  rubric?: RubricEntity;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** Behavioral: answers are also scored one by one on Situation, Task, Action and Result. */
  @Column({ name: 'star_entries', type: 'boolean', default: false })
  starEntries!: boolean;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One criterion of one version, with a written descriptor for each level 1–4. */
@Entity('rubric_criteria')
@Index('rubric_criteria_version_key', ['versionId', 'key'], { unique: true })
@Check('rubric_criteria_descriptors', `cardinality("descriptors") = 4`)
export class RubricCriterionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => RubricVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  rubricVersion?: RubricVersionEntity;

  /** Same key across versions = the same criterion over time (progress charts group on it). */
  @Column({ type: 'varchar', length: 60 })
  key!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ name: 'looks_for', type: 'text', default: '' })
  looksFor!: string;

  /** Descriptor of level 1, 2, 3, 4. */
  @Column({ type: 'text', array: true })
  descriptors!: string[];

  /** On STAR rubrics, the part this criterion sums up; its score is the mean of the answers'. */
  @Column({ name: 'star_part', type: 'varchar', length: 1, nullable: true })
  starPart!: StarPart | null;
}
