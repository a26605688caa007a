import { UserEntity } from '@debrief/api/identity';
import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SessionTypeEntity } from './session-type.entity';

/** Which coaches offer which session type. */
@Entity('session_type_coaches')
export class SessionTypeCoachEntity {
  @PrimaryColumn({ name: 'session_type_id', type: 'uuid' })
  sessionTypeId!: string;

  @PrimaryColumn({ name: 'coach_id', type: 'uuid' })
  coachId!: string;

  @ManyToOne(() => SessionTypeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_type_id' })
  sessionType?: SessionTypeEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'coach_id' })
  coach?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
