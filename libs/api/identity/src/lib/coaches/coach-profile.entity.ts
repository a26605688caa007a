import { Specialty } from '@debrief/shared/domain';
import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

@Entity('coach_profiles')
export class CoachProfileEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 160, default: '' })
  headline!: string;

  @Column({ type: 'text', default: '' })
  bio!: string;

  @Column({ type: 'enum', enum: Specialty, enumName: 'specialty', array: true, default: '{}' })
  specialties!: Specialty[];

  /** The coach's own video-meeting link (https), copied onto their video sessions at booking time. */
  @Column({ name: 'meeting_url', type: 'varchar', length: 500, nullable: true })
  meetingUrl!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
