import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@debrief/api/core';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { SignInThrottledError } from '../identity.errors';

/**
 * Failed sign-ins counted per account and per client address over a sliding window. Once
 * either limit is reached, further attempts are refused (even with the right password) until
 * the window passes. Counts live in this process's memory.
 */
@Injectable()
export class LoginThrottle {
  private readonly perAccount: RateLimiterMemory;
  private readonly perIp: RateLimiterMemory;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const duration = config.loginThrottle.windowMinutes * 60;
    this.perAccount = new RateLimiterMemory({ keyPrefix: 'account', points: config.loginThrottle.perAccount, duration });
    this.perIp = new RateLimiterMemory({ keyPrefix: 'ip', points: config.loginThrottle.perIp, duration });
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([this.perAccount.get(email), this.perIp.get(ip)]);
    const blocked = [
      [account, this.perAccount.points],
      [address, this.perIp.points],
    ].filter(([res, points]) => res && (res as RateLimiterRes).consumedPoints >= (points as number));
    if (blocked.length > 0) {
      const wait = Math.max(...blocked.map(([res]) => (res as RateLimiterRes).msBeforeNext));
      throw new SignInThrottledError(Math.ceil(wait / 1000));
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([this.perAccount.penalty(email, 1), this.perIp.penalty(ip, 1)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }
}
