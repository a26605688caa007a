import { Role } from '@debrief/shared/domain';
import { expectNoErrors, startApi, TestApi } from '../support/api';
import { Browser, CAMPUS, oidcEnv, startIdp, TestIdp } from './oidc.helpers';

/**
 * Two API processes on one database, as two replicas behind a load balancer: a sign-in begun on
 * one and answered on the other works, exactly once, and signing out on either ends it on both.
 */
describe('OpenID Connect across two API processes', () => {
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

  const meOn = async (api: TestApi, browser: Browser) => {
    const res = await api.gql(api.agent().set('Cookie', `debrief_session=${browser.cookie('debrief_session') ?? ''}`), `{ me { email role } }`);
    return expectNoErrors(res).me as { email: string; role: Role } | null;
  };

  it('finishes on the second process a sign-in begun on the first, and refuses it the second time there', async () => {
    const email = `coach.replica-${Date.now()}@${CAMPUS}`;
    const browser = new Browser(a.server);
    const callback = await browser.startAndLogIn(email);
    browser.api = b.server;
    const end = await browser.land(callback.href);
    expect(end.status).toBe(303);
    expect(new URL(end.location as string).pathname).toBe('/');
    expect(await meOn(a, browser)).toEqual({ email, role: Role.Coach });
    expect(await meOn(b, browser)).toEqual({ email, role: Role.Coach });

    // The same answer replayed on the first process: the state is gone from the shared table.
    const replay = new Browser(a.server);
    const again = await replay.land(callback.href);
    expect(new URL(again.location as string).searchParams.get('sso')).toBe('STATE');
    expect(replay.cookie('debrief_session')).toBeUndefined();
  });

  it('signs out everywhere: a session ended on one process is gone on the other', async () => {
    const browser = new Browser(b.server);
    await browser.land((await browser.startAndLogIn(`student.replica-${Date.now()}@${CAMPUS}`)).href);
    expect(await meOn(a, browser)).toMatchObject({ role: Role.Student });
    const agent = b.agent().set('Cookie', `debrief_session=${browser.cookie('debrief_session')}`);
    expect(expectNoErrors(await b.gql(agent, `mutation { signOut }`)).signOut).toBe(true);
    expect(await meOn(a, browser)).toBeNull();
    expect(await meOn(b, browser)).toBeNull();
  });
});
