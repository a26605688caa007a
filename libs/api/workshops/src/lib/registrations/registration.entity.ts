import { Column, CreateDateColumn, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { WorkshopEntity } from '../workshops/workshop.entity';
import { RegistrationStatus } from '../workshops.enums';

/**
 * A student's place at a workshop, kept after cancellation (a new registration is a new row).
 * `queue_no` is the arrival order within the workshop (given under the workshop's row lock): the
 * waitlist is the WAITLISTED rows by queue_no.
 */
@Entity('workshop_registrations')
@Index('workshop_registrations_one_active', ['workshopId', 'studentId'], { unique: true, where: `"status" <> 'CANCELLED'` })
@Index('workshop_registrations_queue', ['workshopId', 'queueNo'], { unique: true })
@Index('workshop_registrations_student', ['studentId'])
export class WorkshopRegistrationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'workshop_id', type: 'uuid' })
  workshopId!: string;

  @ManyToOne(() => WorkshopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workshop_id' })
  workshop?: WorkshopEntity;

  @ForeignKey('users', { onDelete: 'RESTRICT' })
  @Column({ name: 'student_id', type: 'uuid' })
  studentId!: string;

  @Column({ type: 'enum', enum: RegistrationStatus, enumName: 'workshop_registration_status' })
  status!: RegistrationStatus;

  @Column({ name: 'queue_no', type: 'int' })
  queueNo!: number;

  /** When the student got a seat (at registration, or on promotion from the waitlist). */
  @Column({ name: 'seated_at', type: 'timestamptz', nullable: true })
  seatedAt!: Date | null;

  @Column({ name: 'promoted_at', type: 'timestamptz', nullable: true })
  promotedAt!: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
