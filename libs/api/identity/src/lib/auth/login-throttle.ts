import { createHash } from 'node:crypto';
import { AppConfig } from '@debrief/api/core';
import { RateLimiterAbstract, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { SignInThrottledError } from '../identity.errors';

export interface LimiterOptions {
  keyPrefix: string;
  points: number;
  duration: number;
}

export type LimiterFactory = (options: LimiterOptions) => RateLimiterAbstract;

/** The table the committed migration creates; rate-limiter-flexible never creates it. */
export const LOGIN_THROTTLE_TABLE = 'login_throttle';

/**
 * Sign-in attempts counted per account and per client address over a fixed window. An attempt
 * takes its point *before* the password is checked, in one atomic upsert (INSERT … ON CONFLICT
 * DO UPDATE … RETURNING), so parallel attempts cannot all slip under the limit; once a limit is
 * used up every further attempt is refused (the right password too) until the window passes. A
 * successful sign-in gives the address its point back and clears the account's count, so only
 * failures add up. The counts live in PostgreSQL, shared by every API replica.
 */
export class LoginThrottle {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perIp: RateLimiterAbstract;

  constructor(config: AppConfig, limiter: LimiterFactory) {
    const duration = config.loginThrottle.windowMinutes * 60;
    this.perAccount = limiter({ keyPrefix: 'account', points: config.loginThrottle.perAccount, duration });
    this.perIp = limiter({ keyPrefix: 'ip', points: config.loginThrottle.perIp, duration });
  }

  /**
   * Counters in the `login_throttle` table, through the app's own connection pool. Statements go
   * unnamed: the library names them (server-side prepared statements), which the embedded
   * PGlite, one backend behind every socket, refuses as duplicates.
   */
  static onPostgres(config: AppConfig, db: DataSource): LoginThrottle {
    const pool = {
      query: (q: { text: string; values?: unknown[] }) => (db.driver as unknown as { master: Pool }).master.query(q.text, q.values),
    };
    return new LoginThrottle(
      config,
      (options) =>
        new RateLimiterPostgres({
          ...options,
          storeClient: pool,
          storeType: 'pool',
          tableName: LOGIN_THROTTLE_TABLE,
          tableCreated: true,
          clearExpiredByTimeout: true,
        }),
    );
  }

  /** Takes one attempt from the address and then from the account, or refuses the attempt. */
  async consume(email: string, ip: string): Promise<void> {
    await take(this.perIp, ip);
    await take(this.perAccount, accountKey(email));
  }

  async recordSuccess(email: string, ip: string): Promise<void> {
    await Promise.all([this.perAccount.delete(accountKey(email)), this.perIp.reward(ip, 1)]);
  }
}

async function take(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key, 1);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw new SignInThrottledError(Math.ceil(rejection.msBeforeNext / 1000));
    throw rejection;
  }
}

/** The account's key: a digest, so the table keeps no typed email (or a password typed into it). */
function accountKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}
