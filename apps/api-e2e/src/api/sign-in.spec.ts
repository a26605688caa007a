import { ErrorCode, permissionsOf, Role, ROLES } from '@debrief/shared/domain';
import {
  createTestUser,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  errorCode,
  expectNoErrors,
  ME,
  SIGN_IN,
  startApi,
  TestApi,
  uniqueEmail,
} from '../support/api';

const SIGN_OUT = `mutation { signOut }`;

function setCookies(headers: Record<string, string | string[] | undefined>): string[] {
  const value = headers['set-cookie'];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

describe('sign-in', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('answers `me` with null when signed out', async () => {
    const res = await api.gql(api.agent(), ME);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ me: null });
  });

  it.each(ROLES)('signs the %s demo account in and reports its role and permissions', async (role) => {
    const agent = api.agent();
    const res = await api.gql(agent, SIGN_IN, { input: { email: DEMO_ACCOUNTS[role], password: DEMO_PASSWORD } });
    expect(expectNoErrors(res).signIn).toMatchObject({ email: DEMO_ACCOUNTS[role], role, status: 'ACTIVE' });

    const me = expectNoErrors(await api.gql(agent, ME)).me;
    expect(me).toMatchObject({ email: DEMO_ACCOUNTS[role], role });
    expect([...me.permissions].sort()).toEqual(permissionsOf(role).map(String).sort());
  });

  it('sets an httpOnly, SameSite=Lax session cookie', async () => {
    const res = await api.gql(api.agent(), SIGN_IN, {
      input: { email: DEMO_ACCOUNTS[Role.Student], password: DEMO_PASSWORD },
    });
    expect(res.errors).toBeUndefined();
    const cookies = setCookies(res.headers);
    expect(cookies.length).toBeGreaterThan(0);
    const session = cookies.find((c) => !/max-age=0|expires=thu, 01 jan 1970/i.test(c));
    expect(session).toBeDefined();
    expect(session).toMatch(/;\s*httponly/i);
    expect(session).toMatch(/;\s*samesite=lax/i);
    expect(session).toMatch(/;\s*path=\//i);
  });

  it('accepts the email in any letter case', async () => {
    const agent = api.agent();
    const res = await api.gql(agent, SIGN_IN, {
      input: { email: 'Student@Debrief.EXAMPLE', password: DEMO_PASSWORD },
    });
    expect(expectNoErrors(res).signIn.email).toBe(DEMO_ACCOUNTS[Role.Student]);
    expect(expectNoErrors(await api.gql(agent, ME)).me.email).toBe(DEMO_ACCOUNTS[Role.Student]);
  });

  it('gives a wrong password and an unknown email the same generic UNAUTHENTICATED error', async () => {
    const admin = await api.signInAs(Role.Admin);
    const user = await createTestUser(api, admin, { label: 'wrongpw' });

    const wrongPassword = await api.gql(api.agent(), SIGN_IN, {
      input: { email: user.email, password: 'not-the-password' },
    });
    const unknownEmail = await api.gql(api.agent(), SIGN_IN, {
      input: { email: uniqueEmail('nobody'), password: 'not-the-password' },
    });

    expect(errorCode(wrongPassword)).toBe(ErrorCode.Unauthenticated);
    expect(errorCode(unknownEmail)).toBe(ErrorCode.Unauthenticated);
    expect(wrongPassword.errors?.[0].message).toBe(unknownEmail.errors?.[0].message);
    expect(wrongPassword.data?.signIn ?? null).toBeNull();
    // The message must not reveal which half was wrong.
    expect(wrongPassword.errors?.[0].message).not.toMatch(/no (such )?(user|account)|not found|unknown|wrong password/i);
  });

  it('does not sign in after a failed attempt', async () => {
    const agent = api.agent();
    await api.gql(agent, SIGN_IN, { input: { email: uniqueEmail('nobody'), password: 'whatever-else' } });
    expect(expectNoErrors(await api.gql(agent, ME)).me).toBeNull();
  });

  it('signs out: `me` is null afterwards', async () => {
    const agent = await api.signInAs(Role.Coach);
    expect(expectNoErrors(await api.gql(agent, ME)).me.email).toBe(DEMO_ACCOUNTS[Role.Coach]);

    const out = await api.gql(agent, SIGN_OUT);
    expect(expectNoErrors(out).signOut).toBe(true);
    expect(expectNoErrors(await api.gql(agent, ME)).me).toBeNull();
    expect(errorCode(await api.gql(agent, `{ coaches { id } }`))).toBe(ErrorCode.Unauthenticated);
  });

  it('requires sign-in for non-public queries', async () => {
    const res = await api.gql(api.agent(), `{ coaches { id } }`);
    expect(errorCode(res)).toBe(ErrorCode.Unauthenticated);
  });
});
