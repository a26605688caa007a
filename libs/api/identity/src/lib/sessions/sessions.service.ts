import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, AuthUser } from '@debrief/api/core';
import { UserStatus } from '@debrief/shared/domain';
import { EntityManager, Repository } from 'typeorm';
import { ProviderSession, SessionEntity } from './session.entity';
import { hashToken, newToken } from './session-token';

export interface OpenedSession {
  token: string;
  expiresAt: Date;
}

@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async open(manager: EntityManager, userId: string, userAgent: string | undefined, providerSession: ProviderSession | null = null): Promise<OpenedSession> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.config.session.ttlHours * 3600_000);
    await manager.getRepository(SessionEntity).insert({
      userId,
      tokenHash: hashToken(token),
      expiresAt,
      userAgent: userAgent?.slice(0, 255) ?? null,
      providerSession,
    });
    return { token, expiresAt };
  }

  /** The active user behind a token: unexpired, unrevoked session of an ACTIVE account. */
  async userFor(token: string): Promise<AuthUser | null> {
    const row = await this.sessions
      .createQueryBuilder('s')
      .innerJoin('s.user', 'u')
      .select(['s.id AS "sessionId"', 'u.id AS id', 'u.role AS role', 'u.email AS email', 'u.name AS name', 'u.time_zone AS "timeZone"'])
      .where('s.token_hash = :hash', { hash: hashToken(token) })
      .andWhere('s.revoked_at IS NULL')
      .andWhere('s.expires_at > now()')
      .andWhere('u.status = :active', { active: UserStatus.Active })
      .getRawOne<AuthUser>();
    return row ?? null;
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId }, { revokedAt: () => 'now()', providerSession: null });
  }

  /**
   * Revokes the session behind a token and hands back what signing out at its provider needs, in
   * one statement (the old row's value, read under the row lock), so two sign-outs of one session
   * on two replicas send the provider's hint at most once. Null when there is nothing to end there.
   */
  async revokeToken(token: string): Promise<ProviderSession | null> {
    const result = (await this.sessions.query(
      `UPDATE sessions s SET revoked_at = now(), provider_session = NULL
       FROM (SELECT id, provider_session FROM sessions WHERE token_hash = $1 AND revoked_at IS NULL FOR UPDATE) old
       WHERE s.id = old.id
       RETURNING old.provider_session AS "providerSession"`,
      [hashToken(token)],
    )) as unknown[];
    // pg answers [rows, count] for an UPDATE … RETURNING, PGlite the rows.
    const rows = (Array.isArray(result[0]) ? result[0] : result) as Array<{ providerSession: ProviderSession | null }>;
    return rows[0]?.providerSession ?? null;
  }
}
