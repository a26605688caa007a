import { getDataSourceToken } from '@nestjs/typeorm';
import { Role } from '@debrief/shared/domain';
import type { DataSource } from 'typeorm';
import { createTestUser, errorCode, expectNoErrors, SIGN_IN, startApi, TestApi, DEMO_ACCOUNTS, DEMO_PASSWORD } from '../support/api';
import { Browser, CAMPUS, oidcEnv, startIdp, TestIdp } from './oidc.helpers';

/**
 * OpenID Connect sign-in against a real provider (oidc-provider in a child process): the browser
 * goes to /auth/oidc/login, logs in at the provider's page and comes back through the callback.
 */
describe('OpenID Connect sign-in', () => {
  let idp: TestIdp;
  let api: TestApi;
  let db: DataSource;
  let run = 0;
  const login = (label: string) => `${label}-${Date.now().toString(36)}-${++run}@${CAMPUS}`;

  beforeAll(async () => {
    idp = await startIdp();
    api = await startApi(oidcEnv(idp));
    db = api.app.get<DataSource>(getDataSourceToken());
  });

  afterAll(async () => {
    await api?.close();
    await idp?.stop();
  });

  const me = async (browser: Browser) => {
    const res = await api.gql(api.agent().set('Cookie', `debrief_session=${browser.cookie('debrief_session') ?? ''}`), `{ me { id email name role } }`);
    return expectNoErrors(res).me as { id: string; email: string; name: string; role: Role } | null;
  };
  const usersWithEmail = async (email: string) => Number(((await db.query('SELECT count(*) AS n FROM users WHERE email = $1', [email])) as { n: string }[])[0].n);
  const refusalOf = (location: string | undefined) => (location ? new URL(location, 'http://x').searchParams.get('sso') : null);

  it('is offered on the sign-in page with its label', async () => {
    const res = await api.gql(api.agent(), `{ signInOptions { emailSignIn providers { id label loginUrl } } }`);
    expect(expectNoErrors(res).signInOptions).toEqual({ emailSignIn: true, providers: [{ id: 'oidc', label: 'CampusID', loginUrl: '/auth/oidc/login' }] });
  });

  it('provisions a new person with the role their groups map to, and returns them where they started', async () => {
    const browser = new Browser(api.server);
    const email = login('coach.ada');
    const callback = await browser.startAndLogIn(email, '/auth/oidc/login?returnTo=%2Fschedule');
    expect(callback.pathname).toBe('/auth/oidc/callback');
    expect(callback.searchParams.get('code')).toBeTruthy();
    const end = await browser.land(callback.href);
    expect(end.status).toBe(303);
    expect(end.location).toBe('http://debrief.test/schedule');
    expect(await me(browser)).toMatchObject({ email, role: Role.Coach, name: expect.stringMatching(/^Coach Ada/) });
    const [identity] = (await db.query(`SELECT i.protocol, i.issuer, i.subject FROM user_identities i JOIN users u ON u.id = i.user_id WHERE u.email = $1`, [email])) as {
      protocol: string;
      issuer: string;
      subject: string;
    }[];
    expect(identity).toMatchObject({ protocol: 'oidc', issuer: idp.issuer, subject: expect.stringMatching(/^u-/) });
    // The new account has no password: it cannot be signed into with one.
    const pw = await api.gql(api.agent(), SIGN_IN, { input: { email, password: 'anything-at-all' } });
    expect(errorCode(pw)).toBe('UNAUTHENTICATED');
  });

  it('links an existing account by its verified email and keeps its role', async () => {
    const admin = await api.signInAs(Role.Admin);
    const existing = await createTestUser(api, admin, { role: Role.Staff, email: login('student.existing') });
    for (let i = 0; i < 2; i++) {
      const browser = new Browser(api.server);
      await browser.land((await browser.startAndLogIn(existing.email)).href);
      // The provider calls them a student; Debrief's own role assignment stands.
      expect(await me(browser)).toMatchObject({ id: existing.id, role: Role.Staff });
    }
    const links = (await db.query('SELECT count(*) AS n FROM user_identities WHERE user_id = $1', [existing.id])) as { n: string }[];
    expect(Number(links[0].n)).toBe(1);
    expect(await usersWithEmail(existing.email)).toBe(1);
  });

  it('refuses a wrong state, and a callback in a browser that did not start the sign-in', async () => {
    const browser = new Browser(api.server);
    const email = login('student.state');
    const callback = await browser.startAndLogIn(email);
    const forged = new URL(callback);
    forged.searchParams.set('state', 'forged-state-value');
    const res = await browser.land(forged.href);
    expect(refusalOf(res.location)).toBe('STATE');
    expect(browser.cookie('debrief_session')).toBeUndefined();

    const other = new Browser(api.server);
    const second = await browser.startAndLogIn(email);
    expect(refusalOf((await other.land(second.href)).location)).toBe('STATE');
    expect(other.cookie('debrief_session')).toBeUndefined();
    expect(await usersWithEmail(email)).toBe(0);
  });

  it('refuses a replayed callback and a used code under a fresh state', async () => {
    const browser = new Browser(api.server);
    const email = login('student.replay');
    const callback = await browser.startAndLogIn(email);
    await browser.land(callback.href);
    expect(await me(browser)).toMatchObject({ email });

    const attacker = new Browser(api.server);
    expect(refusalOf((await attacker.land(callback.href)).location)).toBe('STATE');
    // A fresh sign-in of the attacker's own browser, with the stolen code pasted in.
    const start = await attacker.visit('/auth/oidc/login', (next) => next.origin === idp.issuer);
    const state = new URL(start.location as string).searchParams.get('state') as string;
    const pasted = new URL(callback);
    pasted.searchParams.set('state', state);
    expect(refusalOf((await attacker.land(pasted.href)).location)).toBe('PROVIDER');
    expect(attacker.cookie('debrief_session')).toBeUndefined();
  });

  it('refuses an ID token issued for another audience', async () => {
    const email = login('student.audience');
    await idp.tamperAudience('some-other-app');
    try {
      const browser = new Browser(api.server);
      const res = await browser.land((await browser.startAndLogIn(email)).href);
      expect(refusalOf(res.location)).toBe('PROVIDER');
      expect(browser.cookie('debrief_session')).toBeUndefined();
    } finally {
      await idp.tamperAudience(null);
    }
    expect(await usersWithEmail(email)).toBe(0);
  });

  it('refuses an email domain that is not allowed, and an unverified email', async () => {
    for (const [email, reason] of [
      [`someone-${Date.now()}@elsewhere.example`, 'DOMAIN'],
      [login('unverified.person'), 'EMAIL_UNVERIFIED'],
    ]) {
      const browser = new Browser(api.server);
      const res = await browser.land((await browser.startAndLogIn(email)).href);
      expect(refusalOf(res.location)).toBe(reason);
      expect(browser.cookie('debrief_session')).toBeUndefined();
      expect(await usersWithEmail(email)).toBe(0);
    }
  });

  it('says so when the person cancels at the provider', async () => {
    const browser = new Browser(api.server);
    const start = await browser.visit('/auth/oidc/login', (next) => next.origin === idp.issuer);
    const state = new URL(start.location as string).searchParams.get('state') as string;
    const res = await browser.land(`/auth/oidc/callback?error=access_denied&state=${encodeURIComponent(state)}`);
    expect(refusalOf(res.location)).toBe('DENIED');
  });

  it('ends the Debrief session on sign-out', async () => {
    const browser = new Browser(api.server);
    await browser.land((await browser.startAndLogIn(login('student.signout'))).href);
    const agent = api.agent().set('Cookie', `debrief_session=${browser.cookie('debrief_session')}`);
    expect(expectNoErrors(await api.gql(agent, `mutation { signOut }`)).signOut).toBe(true);
    expect(await me(browser)).toBeNull();
  });

  describe('password sign-in turned off by staff', () => {
    const UPDATE = /* GraphQL */ `
      mutation Update($input: UpdateSignInSettingsInput!) { updateSignInSettings(input: $input) { emailSignIn breakGlassAdminEmail } }
    `;
    afterAll(async () => {
      const staff = await api.signInAs(Role.Staff).catch(() => null);
      if (staff) await api.gql(staff, UPDATE, { input: { emailSignIn: true } });
      await db.query('DELETE FROM sign_in_settings');
    });

    it('needs a break-glass administrator', async () => {
      const staff = await api.signInAs(Role.Staff);
      const none = await api.gql(staff, UPDATE, { input: { emailSignIn: false } });
      expect(errorCode(none)).toBe('BAD_USER_INPUT');
      expect(none.errors?.[0].extensions?.['field']).toBe('breakGlassAdminEmail');
      const notAdmin = await api.gql(staff, UPDATE, { input: { emailSignIn: false, breakGlassAdminEmail: DEMO_ACCOUNTS[Role.Staff] } });
      expect(errorCode(notAdmin)).toBe('BAD_USER_INPUT');
      const student = await api.signInAs(Role.Student);
      expect(errorCode(await api.gql(student, UPDATE, { input: { emailSignIn: false, breakGlassAdminEmail: DEMO_ACCOUNTS[Role.Admin] } }))).toBe('FORBIDDEN');
    });

    it('refuses passwords for everyone but the break-glass admin, while SSO goes on working', async () => {
      const staff = await api.signInAs(Role.Staff);
      const res = await api.gql(staff, UPDATE, { input: { emailSignIn: false, breakGlassAdminEmail: DEMO_ACCOUNTS[Role.Admin] } });
      expect(expectNoErrors(res).updateSignInSettings).toEqual({ emailSignIn: false, breakGlassAdminEmail: DEMO_ACCOUNTS[Role.Admin] });

      const refused = await api.gql(api.agent(), SIGN_IN, { input: { email: DEMO_ACCOUNTS[Role.Student], password: DEMO_PASSWORD } });
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(refused.errors?.[0].message).toMatch(/Password sign-in is turned off/);
      const options = await api.gql(api.agent(), `{ signInOptions { emailSignIn } }`);
      expect(expectNoErrors(options).signInOptions.emailSignIn).toBe(false);

      const admin = await api.signInAs(Role.Admin);
      const browser = new Browser(api.server);
      await browser.land((await browser.startAndLogIn(login('student.sso-only'))).href);
      expect(await me(browser)).toMatchObject({ role: Role.Student });

      expect(expectNoErrors(await api.gql(admin, UPDATE, { input: { emailSignIn: true } })).updateSignInSettings.emailSignIn).toBe(true);
      await api.signInAs(Role.Student);
    });
  });
});
