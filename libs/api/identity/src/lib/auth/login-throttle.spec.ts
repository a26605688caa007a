import { loadConfig } from '@debrief/api/core';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { SignInThrottledError } from '../identity.errors';
import { LoginThrottle } from './login-throttle';

/**
 * The throttle's rules over an in-memory store (the app uses the PostgreSQL store, which the
 * integration suite exercises across two processes): every attempt takes a point before the
 * password is checked, a success gives it back.
 */
describe('LoginThrottle', () => {
  const config = loadConfig({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_IP: '5', LOGIN_FAILURE_WINDOW_MINUTES: '15' });
  const throttle = () => new LoginThrottle(config, (options) => new RateLimiterMemory(options));

  it('allows an account its limit of attempts, then refuses it from any address', async () => {
    const t = throttle();
    for (let i = 0; i < 3; i++) await t.consume('a@x.edu', `10.0.0.${i}`);
    const error = await t.consume('a@x.edu', '10.0.0.9').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInThrottledError);
    expect((error as SignInThrottledError).message).toBe('Too many failed sign-in attempts. Try again in 15 minutes.');
    await expect(t.consume('b@x.edu', '10.0.0.9')).resolves.toBeUndefined();
  });

  it('counts an account whatever the letter case of its email', async () => {
    const t = throttle();
    for (const email of ['C@x.edu', 'c@X.EDU', ' c@x.edu ']) await t.consume(email, '10.3.3.3');
    await expect(t.consume('c@x.edu', '10.3.3.4')).rejects.toBeInstanceOf(SignInThrottledError);
  });

  it('lets exactly the limit through when attempts arrive at once', async () => {
    const t = throttle();
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => t.consume('d@x.edu', `10.4.4.${i}`)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    expect(results.filter((r) => r.status === 'rejected').every((r) => (r as PromiseRejectedResult).reason instanceof SignInThrottledError)).toBe(true);
  });

  it('blocks an address that tries many accounts', async () => {
    const t = throttle();
    for (let i = 0; i < 5; i++) await t.consume(`user${i}@x.edu`, '10.1.1.1');
    await expect(t.consume('fresh@x.edu', '10.1.1.1')).rejects.toBeInstanceOf(SignInThrottledError);
    await expect(t.consume('fresh@x.edu', '10.1.1.2')).resolves.toBeUndefined();
  });

  it('forgives the account and gives the address its point back after a success', async () => {
    const t = throttle();
    await t.consume('e@x.edu', '10.2.2.2');
    await t.consume('e@x.edu', '10.2.2.2');
    await t.consume('e@x.edu', '10.2.2.2');
    await t.recordSuccess('e@x.edu', '10.2.2.2');
    for (let i = 0; i < 3; i++) await t.consume('e@x.edu', '10.2.2.3');
    // The address spent 3 points on failures and got 1 back for the success: 3 of 5 left.
    for (let i = 0; i < 3; i++) await t.consume(`other${i}@x.edu`, '10.2.2.2');
    await expect(t.consume('another@x.edu', '10.2.2.2')).rejects.toBeInstanceOf(SignInThrottledError);
  });
});
