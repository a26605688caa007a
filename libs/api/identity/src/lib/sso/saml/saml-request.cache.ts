import type { CacheItem, CacheProvider } from '@node-saml/node-saml';
import type { DataSource } from 'typeorm';
import { hashToken } from '../../sessions/session-token';
import { SSO_STATE_TTL_MINUTES } from '../sso-state.store';

/**
 * node-saml's store of AuthnRequest ids awaiting an answer (it checks a response's InResponseTo
 * against it), kept in sso_login_states so the answer may reach any replica. Its value is the
 * request's creation time, which node-saml compares with requestIdExpirationPeriodMs.
 */
export class SamlRequestCache implements CacheProvider {
  constructor(private readonly db: DataSource) {}

  async saveAsync(key: string, value: string): Promise<CacheItem | null> {
    const createdAt = new Date();
    await this.db.query(
      `INSERT INTO sso_login_states (protocol, state_hash, expires_at, created_at) VALUES ('saml', $1, $2, $3) ON CONFLICT (state_hash) DO NOTHING`,
      [hashToken(key), new Date(createdAt.getTime() + SSO_STATE_TTL_MINUTES * 60_000), createdAt],
    );
    return { value, createdAt: createdAt.getTime() };
  }

  async getAsync(key: string): Promise<string | null> {
    const rows = (await this.db.query(`SELECT created_at FROM sso_login_states WHERE protocol = 'saml' AND state_hash = $1 AND expires_at > now()`, [
      hashToken(key),
    ])) as { created_at: Date }[];
    return rows[0] ? new Date(rows[0].created_at).toISOString() : null;
  }

  async removeAsync(key: string | null): Promise<string | null> {
    if (!key) return null;
    await this.db.query(`DELETE FROM sso_login_states WHERE protocol = 'saml' AND state_hash = $1`, [hashToken(key)]);
    return key;
  }
}
