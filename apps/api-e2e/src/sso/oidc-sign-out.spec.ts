import { Role } from '@debrief/shared/domain';
import { expectNoErrors, startApi, TestApi } from '../support/api';
import { Browser, CAMPUS, oidcEnv, PUBLIC_URL, startIdp, TestIdp } from './oidc.helpers';

/**
 * Signing out ends the campus provider's session too (OpenID Connect RP-Initiated Logout against
 * a real oidc-provider): POST /auth/sign-out revokes the Debrief session and sends the browser to
 * the provider's end_session_endpoint with the session's ID token as id_token_hint, coming back to
 * the sign-in page; afterwards the provider asks for the password again. Two API processes on one
 * database: the sign-out may land on the other replica.
 */
describe('signing out at the campus provider (OIDC RP-initiated logout)', () => {
  let idp: TestIdp;
  let a: TestApi;
  let b: TestApi;

  beforeAll(async () => {
    idp = await startIdp();
    a = await startApi(oidcEnv(idp));
    b = await startApi(oidcEnv(idp));
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await idp?.stop();
  });

  const meOn = async (api: TestApi, cookie: string | undefined) =>
    expectNoErrors(await api.gql(api.agent().set('Cookie', `debrief_session=${cookie ?? ''}`), `{ me { email role } }`)).me as { email: string; role: Role } | null;

  /** Walks /auth/oidc/login: true when the provider showed its login page, false when it answered at once (its session still open). */
  const providerAskedToLogIn = async (browser: Browser): Promise<boolean> => {
    const page = await browser.visit('/auth/oidc/login', (next) => next.origin === PUBLIC_URL && next.pathname === '/auth/oidc/callback');
    return page.status === 200 && /<form[^>]*action=/.test(page.body);
  };

  it('ends the provider session too: id_token_hint to its end_session_endpoint, back to /sign-in, then the provider asks again', async () => {
    const email = `student.signout-${Date.now()}@${CAMPUS}`;
    const browser = new Browser(a.server);
    expect((await browser.land((await browser.startAndLogIn(email)).href)).status).toBe(303);
    const session = browser.cookie('debrief_session');
    expect(await meOn(a, session)).toMatchObject({ email });
    // Control: while the provider's session is open, a new sign-in comes straight back.
    expect(await providerAskedToLogIn(new Browser(a.server).adopt(browser))).toBe(false);

    browser.api = b.server; // the sign-out lands on the other replica
    const out = await browser.post('/auth/sign-out', (next) => next.origin !== PUBLIC_URL);
    expect(out.status).toBe(303);
    const endSession = new URL(out.location as string);
    expect(endSession.origin).toBe(idp.issuer);
    expect(endSession.pathname).toBe('/session/end');
    expect(endSession.searchParams.get('id_token_hint')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_URL}/sign-in`);
    expect(browser.cookie('debrief_session')).toBeUndefined();
    expect(await meOn(a, session)).toBeNull();
    expect(await meOn(b, session)).toBeNull();

    const logoutPage = await browser.visit(endSession.href);
    expect(logoutPage.status).toBe(200);
    const back = await browser.confirmSignOutAtProvider(logoutPage);
    expect(back.pathname).toBe('/sign-in');

    expect(await providerAskedToLogIn(browser)).toBe(true);
  });

  it('a second sign-out of the same session, or one without a session, just lands on /sign-in', async () => {
    const browser = new Browser(a.server);
    await browser.land((await browser.startAndLogIn(`coach.signout-${Date.now()}@${CAMPUS}`)).href);
    const session = browser.cookie('debrief_session') as string;
    const first = await browser.post('/auth/sign-out', () => true);
    expect(new URL(first.location as string).origin).toBe(idp.issuer);

    const again = new Browser(b.server);
    again.set('debrief_session', session);
    const second = await again.post('/auth/sign-out', () => true);
    expect(second.location).toBe(`${PUBLIC_URL}/sign-in`);
    const nobody = await new Browser(a.server).post('/auth/sign-out', () => true);
    expect(nobody.status).toBe(303);
    expect(nobody.location).toBe(`${PUBLIC_URL}/sign-in`);
  });

  it('a password session signs out to /sign-in without visiting any provider, and refuses a GET', async () => {
    const student = await a.signInAs(Role.Student);
    const res = await student.post('/auth/sign-out').redirects(0);
    expect(res.status).toBe(303);
    expect(res.headers['location']).toBe('/sign-in');
    expect(expectNoErrors(await a.gql(student, `{ me { id } }`)).me).toBeNull();
    expect((await a.agent().get('/auth/sign-out')).status).toBe(404);
  });

  it('tells the portal (Accept: application/json) where to go instead of redirecting', async () => {
    const browser = new Browser(b.server);
    await browser.land((await browser.startAndLogIn(`staff.signout-${Date.now()}@${CAMPUS}`)).href);
    const session = browser.cookie('debrief_session') as string;
    const res = await a.agent().post('/auth/sign-out').set('Cookie', `debrief_session=${session}`).set('Accept', 'application/json').redirects(0);
    expect(res.status).toBe(200);
    const redirectTo = new URL(res.body.redirectTo);
    expect(`${redirectTo.origin}${redirectTo.pathname}`).toBe(`${idp.issuer}/session/end`);
    expect(redirectTo.searchParams.get('id_token_hint')).toBeTruthy();
    expect(res.headers['set-cookie']?.[0]).toMatch(/^debrief_session=;/);
    expect(await meOn(b, session)).toBeNull();
    const password = await a.signInAs(Role.Coach);
    expect((await password.post('/auth/sign-out').set('Accept', 'application/json')).body).toEqual({ redirectTo: '/sign-in' });
  });
});
