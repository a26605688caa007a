import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hashToken } from '../sessions/session-token';
import { SsoRefusal, SsoRefusedError } from './sso.errors';
import { SsoLoginStateEntity } from './sso-login-state.entity';

/** How long a person may take at the provider's login page. */
export const SSO_STATE_TTL_MINUTES = 10;

export interface PendingSignIn {
  protocol: 'oidc' | 'saml';
  state: string;
  browserSecret?: string;
  codeVerifier?: string;
  nonce?: string;
  returnTo: string;
}

/**
 * Sign-ins waiting for the provider's answer, in PostgreSQL (any replica may receive the callback).
 * Taking one deletes it in the same statement, so two callbacks with the same state cannot both
 * succeed, on one replica or several.
 */
@Injectable()
export class SsoStateStore {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async save(pending: PendingSignIn): Promise<void> {
    const repo = this.db.getRepository(SsoLoginStateEntity);
    await repo.createQueryBuilder().delete().where(`expires_at < now() - interval '1 hour'`).execute();
    await repo.insert({
      protocol: pending.protocol,
      stateHash: hashToken(pending.state),
      browserHash: pending.browserSecret ? hashToken(pending.browserSecret) : null,
      codeVerifier: pending.codeVerifier ?? null,
      nonce: pending.nonce ?? null,
      returnTo: pending.returnTo,
      expiresAt: new Date(Date.now() + SSO_STATE_TTL_MINUTES * 60_000),
    });
  }

  /** The pending sign-in for this state, removed; refused when unknown, used, expired or begun in another browser. */
  async take(protocol: 'oidc' | 'saml', state: string | undefined, browserSecret?: string): Promise<SsoLoginStateEntity> {
    if (!state || state.length > 200) throw stateRefused();
    const rows = (await this.db.query(
      `DELETE FROM sso_login_states WHERE state_hash = $1 AND protocol = $2
       RETURNING id, code_verifier AS "codeVerifier", nonce, return_to AS "returnTo", browser_hash AS "browserHash", expires_at > now() AS fresh`,
      [hashToken(state), protocol],
    )) as [Array<SsoLoginStateEntity & { fresh: boolean }>, number] | Array<SsoLoginStateEntity & { fresh: boolean }>;
    const row = (Array.isArray(rows[0]) ? rows[0][0] : rows[0]) as (SsoLoginStateEntity & { fresh: boolean }) | undefined;
    if (!row || !row.fresh) throw stateRefused();
    if (row.browserHash !== null && (!browserSecret || hashToken(browserSecret) !== row.browserHash)) throw stateRefused();
    return row;
  }
}

function stateRefused(): SsoRefusedError {
  return new SsoRefusedError(SsoRefusal.State, 'This sign-in link is not valid any more. Start again from the sign-in page.');
}

/** A path inside the portal, never another site ("//evil.example", "/\\evil.example"). */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length > 500) return '/';
  return /^\/(?![/\\])[^\s]*$/.test(value) ? value : '/';
}
