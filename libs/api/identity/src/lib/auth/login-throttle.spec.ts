import { loadConfig } from '@debrief/api/core';
import { SignInThrottledError } from '../identity.errors';
import { LoginThrottle } from './login-throttle';

describe('LoginThrottle', () => {
  const config = loadConfig({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_IP: '5', LOGIN_FAILURE_WINDOW_MINUTES: '15' });

  it('blocks an account after its limit of failures, even from another address', async () => {
    const throttle = new LoginThrottle(config);
    for (let i = 0; i < 3; i++) {
      await throttle.assertAllowed('a@x.edu', `10.0.0.${i}`);
      await throttle.recordFailure('a@x.edu', `10.0.0.${i}`);
    }
    const error = await throttle.assertAllowed('a@x.edu', '10.0.0.9').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInThrottledError);
    expect((error as SignInThrottledError).message).toBe('Too many failed sign-in attempts. Try again in 15 minutes.');
    await expect(throttle.assertAllowed('b@x.edu', '10.0.0.9')).resolves.toBeUndefined();
  });

  it('blocks an address that fails across many accounts', async () => {
    const throttle = new LoginThrottle(config);
    for (let i = 0; i < 5; i++) await throttle.recordFailure(`user${i}@x.edu`, '10.1.1.1');
    await expect(throttle.assertAllowed('fresh@x.edu', '10.1.1.1')).rejects.toBeInstanceOf(SignInThrottledError);
    await expect(throttle.assertAllowed('fresh@x.edu', '10.1.1.2')).resolves.toBeUndefined();
  });

  it('forgives an account after a successful sign-in', async () => {
    const throttle = new LoginThrottle(config);
    await throttle.recordFailure('c@x.edu', '10.2.2.2');
    await throttle.recordFailure('c@x.edu', '10.2.2.2');
    await throttle.recordSuccess('c@x.edu');
    await throttle.recordFailure('c@x.edu', '10.2.2.2');
    await expect(throttle.assertAllowed('c@x.edu', '10.2.2.3')).resolves.toBeUndefined();
  });
});
