import { CreateDateColumn, Entity, ForeignKey, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SessionTypeEntity } from './session-type.entity';

/** Which coaches offer which session type. */
@Entity('session_type_coaches')
export class SessionTypeCoachEntity {
  @PrimaryColumn({ name: 'session_type_id', type: 'uuid' })
  sessionTypeId!: string;

  @ForeignKey('users', { onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'coach_id', type: 'uuid' })
  coachId!: string;

  @ManyToOne(() => SessionTypeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_type_id' })
  sessionType?: SessionTypeEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
