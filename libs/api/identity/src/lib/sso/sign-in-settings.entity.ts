import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/**
 * The center's one row of sign-in settings (absent = defaults: password sign-in on). Password
 * sign-in can only be off while a break-glass administrator is named, who keeps it.
 */
@Entity('sign_in_settings')
@Check('sign_in_settings_single_row', `"id" = 1`)
@Check('sign_in_settings_break_glass', `"password_sign_in" OR "break_glass_user_id" IS NOT NULL`)
export class SignInSettingsEntity {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id!: number;

  @Column({ name: 'password_sign_in', type: 'boolean', default: true })
  passwordSignIn!: boolean;

  @Column({ name: 'break_glass_user_id', type: 'uuid', nullable: true })
  breakGlassUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'break_glass_user_id' })
  breakGlassUser?: UserEntity;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
