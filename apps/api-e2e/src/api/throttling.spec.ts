import { ErrorCode, Role } from '@debrief/shared/domain';
import {
  createTestUser,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  errorCode,
  expectNoErrors,
  SIGN_IN,
  startApi,
  TestApi,
  uniqueEmail,
} from '../support/api';

/**
 * Sign-in throttling, with low limits set through the app's config. The accounts locked out here
 * are created for the purpose, so the demo accounts stay usable for the other spec files.
 */
describe('sign-in throttling per account', () => {
  const LIMIT = 3;
  let api: TestApi;

  beforeAll(async () => {
    api = await startApi({ LOGIN_MAX_FAILURES_PER_ACCOUNT: String(LIMIT), LOGIN_MAX_FAILURES_PER_IP: '1000' });
  });

  afterAll(async () => {
    await api?.close();
  });

  it(`refuses even the right password with TOO_MANY_REQUESTS after ${LIMIT} failures`, async () => {
    const admin = await api.signInAs(Role.Admin);
    const user = await createTestUser(api, admin, { label: 'lockout' });

    for (let i = 0; i < LIMIT; i++) {
      const res = await api.gql(api.agent(), SIGN_IN, { input: { email: user.email, password: `wrong-password-${i}` } });
      expect(errorCode(res)).toBe(ErrorCode.Unauthenticated);
    }
    const locked = await api.gql(api.agent(), SIGN_IN, { input: { email: user.email, password: user.password } });
    expect(errorCode(locked)).toBe(ErrorCode.TooManyRequests);
    expect(locked.data?.signIn ?? null).toBeNull();
  });

  it('counts failures for one account whatever the letter case of the email', async () => {
    const admin = await api.signInAs(Role.Admin);
    const user = await createTestUser(api, admin, { label: 'lockcase' });
    const variants = [user.email.toUpperCase(), user.email, user.email.replace(/^it/, 'IT')];

    for (let i = 0; i < LIMIT; i++) {
      const res = await api.gql(api.agent(), SIGN_IN, {
        input: { email: variants[i % variants.length], password: `wrong-password-${i}` },
      });
      expect(errorCode(res)).toBe(ErrorCode.Unauthenticated);
    }
    const locked = await api.gql(api.agent(), SIGN_IN, { input: { email: user.email, password: user.password } });
    expect(errorCode(locked)).toBe(ErrorCode.TooManyRequests);
  });

  it('leaves other accounts alone', async () => {
    const admin = await api.signInAs(Role.Admin);
    const victim = await createTestUser(api, admin, { label: 'lockvictim' });
    const bystander = await createTestUser(api, admin, { label: 'bystander' });

    for (let i = 0; i <= LIMIT; i++) {
      await api.gql(api.agent(), SIGN_IN, { input: { email: victim.email, password: `wrong-password-${i}` } });
    }
    const res = await api.gql(api.agent(), SIGN_IN, { input: { email: bystander.email, password: bystander.password } });
    expect(expectNoErrors(res).signIn.email).toBe(bystander.email);
  });

  it('does not lock an account out below the limit', async () => {
    const admin = await api.signInAs(Role.Admin);
    const user = await createTestUser(api, admin, { label: 'belowlimit' });

    for (let i = 0; i < LIMIT - 1; i++) {
      await api.gql(api.agent(), SIGN_IN, { input: { email: user.email, password: `wrong-password-${i}` } });
    }
    const res = await api.gql(api.agent(), SIGN_IN, { input: { email: user.email, password: user.password } });
    expect(expectNoErrors(res).signIn.email).toBe(user.email);
  });
});

describe('sign-in throttling per IP address', () => {
  const LIMIT = 4;
  let api: TestApi;
  // Its own client address (through one trusted proxy hop): the counters live in the shared
  // database, where other spec files' failures from 127.0.0.1 add up too.
  const ip = `10.77.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;
  const from = () => api.agent().set('X-Forwarded-For', ip);

  beforeAll(async () => {
    api = await startApi({ LOGIN_MAX_FAILURES_PER_IP: String(LIMIT), LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000', TRUST_PROXY: '1' });
  });

  afterAll(async () => {
    await api?.close();
  });

  it(`blocks an address after exactly ${LIMIT} failures spread over different accounts`, async () => {
    for (let i = 0; i < LIMIT; i++) {
      const res = await api.gql(from(), SIGN_IN, { input: { email: uniqueEmail(`spray${i}`), password: 'wrong-password' } });
      expect(errorCode(res)).toBe(ErrorCode.Unauthenticated);
    }
    const blocked = await api.gql(from(), SIGN_IN, { input: { email: uniqueEmail('spray-last'), password: 'wrong-password' } });
    expect(errorCode(blocked)).toBe(ErrorCode.TooManyRequests);

    // The block is per address: the right password of an account nobody failed on is refused too,
    // and the same account signs in from another address.
    const res = await api.gql(from(), SIGN_IN, { input: { email: DEMO_ACCOUNTS[Role.Student], password: DEMO_PASSWORD } });
    expect(errorCode(res)).toBe(ErrorCode.TooManyRequests);
    const elsewhere = await api.gql(api.agent().set('X-Forwarded-For', '10.78.0.1'), SIGN_IN, { input: { email: DEMO_ACCOUNTS[Role.Student], password: DEMO_PASSWORD } });
    expect(expectNoErrors(elsewhere).signIn.email).toBe(DEMO_ACCOUNTS[Role.Student]);
  });
});
