import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A sign-in begun at the identity provider and not yet come back: what the callback needs to check
 * the answer (PKCE verifier, nonce, SAML request id). Kept in PostgreSQL so the callback may land on
 * any replica; deleted when used, so a replayed callback finds nothing.
 */
@Entity('sso_login_states')
@Check('sso_login_states_protocol', `"protocol" IN ('oidc', 'saml')`)
export class SsoLoginStateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 8 })
  protocol!: 'oidc' | 'saml';

  /** SHA-256 of the state (OIDC) or of the AuthnRequest id (SAML). */
  @Column({ name: 'state_hash', type: 'char', length: 64, unique: true })
  stateHash!: string;

  /** SHA-256 of a random value in a cookie of the browser that started the sign-in (OIDC). */
  @Column({ name: 'browser_hash', type: 'char', length: 64, nullable: true })
  browserHash!: string | null;

  @Column({ name: 'code_verifier', type: 'varchar', length: 128, nullable: true })
  codeVerifier!: string | null;

  @Column({ type: 'varchar', length: 128, nullable: true })
  nonce!: string | null;

  /** A path inside the portal to go to afterwards. */
  @Column({ name: 'return_to', type: 'varchar', length: 500, default: '/' })
  returnTo!: string;

  @Index('sso_login_states_expires_at')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
