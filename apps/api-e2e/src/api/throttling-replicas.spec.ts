import { ErrorCode, Role } from '@debrief/shared/domain';
import { PasswordHasher } from '@debrief/api/identity';
import { createTestUser, errorCode, expectNoErrors, SIGN_IN, startApi, TestApi, uniqueEmail } from '../support/api';

/**
 * The sign-in throttle holds across replicas: two API processes (two whole apps, each with its
 * own memory) on one database share the counters, and an attempt takes its point before the
 * password is checked. The password checks are counted with a spy on each app's PasswordHasher.
 * Each test signs in from its own client address (X-Forwarded-For through one trusted proxy hop),
 * so counters left by other spec files on the shared database do not interfere.
 */
function randomIp(): string {
  const octet = () => 1 + Math.floor(Math.random() * 250);
  return `10.${octet()}.${octet()}.${octet()}`;
}

async function twoReplicas(env: Record<string, string>): Promise<[TestApi, TestApi]> {
  const a = await startApi({ TRUST_PROXY: '1', ...env });
  try {
    return [a, await startApi({ TRUST_PROXY: '1', ...env })];
  } catch (error) {
    await a.close();
    throw error;
  }
}

function countChecks(apis: TestApi[]) {
  const spies = apis.map((api) => jest.spyOn(api.app.get(PasswordHasher), 'verify'));
  return { total: () => spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0), restore: () => spies.forEach((s) => s.mockRestore()) };
}

function signIn(api: TestApi, ip: string, email: string, password: string) {
  return api.gql(api.agent().set('X-Forwarded-For', ip), SIGN_IN, { input: { email, password } });
}

describe('sign-in throttle per account across two API processes', () => {
  const LIMIT = 5;
  let apis: [TestApi, TestApi];

  beforeAll(async () => {
    apis = await twoReplicas({ LOGIN_MAX_FAILURES_PER_ACCOUNT: String(LIMIT), LOGIN_MAX_FAILURES_PER_IP: '1000' });
  });

  afterAll(async () => {
    await Promise.all((apis ?? []).map((api) => api.close()));
  });

  it(`checks exactly ${LIMIT} of 30 parallel wrong passwords split over both, then refuses the right one on either`, async () => {
    const [a, b] = apis;
    const user = await createTestUser(a, await a.signInAs(Role.Admin), { label: 'replica-lock' });
    const ip = randomIp();
    const checks = countChecks(apis);
    try {
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => signIn(i % 2 === 0 ? a : b, ip, user.email, `wrong-password-${i}`)),
      );
      const codes = results.map(errorCode);
      expect(checks.total()).toBe(LIMIT);
      expect(codes.filter((c) => c === ErrorCode.Unauthenticated)).toHaveLength(LIMIT);
      expect(codes.filter((c) => c === ErrorCode.TooManyRequests)).toHaveLength(30 - LIMIT);

      for (const api of apis) {
        const right = await signIn(api, randomIp(), user.email, user.password);
        expect(errorCode(right)).toBe(ErrorCode.TooManyRequests);
        expect(right.data?.signIn ?? null).toBeNull();
      }
      expect(checks.total()).toBe(LIMIT);
    } finally {
      checks.restore();
    }
  });

  it('forgets an account’s failures after a success on the other process', async () => {
    const [a, b] = apis;
    const user = await createTestUser(a, await a.signInAs(Role.Admin), { label: 'replica-forgive' });
    const ip = randomIp();
    for (let i = 0; i < LIMIT - 1; i++) expect(errorCode(await signIn(a, ip, user.email, `wrong-${i}`))).toBe(ErrorCode.Unauthenticated);
    expect(expectNoErrors(await signIn(b, ip, user.email, user.password)).signIn.email).toBe(user.email);
    for (let i = 0; i < LIMIT; i++) expect(errorCode(await signIn(i % 2 ? a : b, ip, user.email, `again-${i}`))).toBe(ErrorCode.Unauthenticated);
    expect(errorCode(await signIn(a, ip, user.email, user.password))).toBe(ErrorCode.TooManyRequests);
  });
});

describe('sign-in throttle per client address across two API processes', () => {
  const LIMIT = 6;
  let apis: [TestApi, TestApi];

  beforeAll(async () => {
    apis = await twoReplicas({ LOGIN_MAX_FAILURES_PER_IP: String(LIMIT), LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000' });
  });

  afterAll(async () => {
    await Promise.all((apis ?? []).map((api) => api.close()));
  });

  it(`checks exactly ${LIMIT} of 20 parallel attempts on different accounts from one address`, async () => {
    const [a, b] = apis;
    const ip = randomIp();
    const checks = countChecks(apis);
    try {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => signIn(i % 2 === 0 ? a : b, ip, uniqueEmail(`spray${i}`), 'wrong-password')),
      );
      expect(checks.total()).toBe(LIMIT);
      expect(results.map(errorCode).filter((c) => c === ErrorCode.TooManyRequests)).toHaveLength(20 - LIMIT);
    } finally {
      checks.restore();
    }
    // Another address is not affected.
    const other = await signIn(b, randomIp(), uniqueEmail('elsewhere'), 'wrong-password');
    expect(errorCode(other)).toBe(ErrorCode.Unauthenticated);
  });
});
