import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** SAML assertions already used, kept until they would have expired anyway: a replay finds its row. */
@Entity('saml_assertions_seen')
export class SamlAssertionSeenEntity {
  @PrimaryColumn({ type: 'varchar', length: 500 })
  issuer!: string;

  @PrimaryColumn({ name: 'assertion_id', type: 'varchar', length: 255 })
  assertionId!: string;

  @Index('saml_assertions_seen_expires_at')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
