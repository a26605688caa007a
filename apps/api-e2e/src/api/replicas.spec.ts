import { ErrorCode, Role } from '@debrief/shared/domain';
import { createTestUser, errorCode, expectNoErrors, SIGN_IN, startApi, TestApi } from '../support/api';
import { ATTR, IDP_ENTITY_ID, IDP_SSO_URL, makeTestKeys, readAuthnRequest, samlResponse, TestKeys } from '../sso/saml.helpers';

const PUBLIC_URL = 'http://debrief.test';

/**
 * Two API processes (two whole apps, each with its own memory) on one database, as two replicas
 * behind the load balancer, for the flows that would break if a replica kept state to itself:
 * a password sign-in on one used on the other, sign-out and role changes seen at once on both,
 * and a SAML answer landing on the other replica than the one that sent the request.
 * (OpenID Connect across replicas: sso/oidc-replicas.spec.ts and sso/oidc-sign-out.spec.ts.)
 */
describe('two API processes on one database', () => {
  let keys: TestKeys;
  let a: TestApi;
  let b: TestApi;

  beforeAll(async () => {
    keys = makeTestKeys();
    const env = {
      PUBLIC_URL,
      SAML_ENTRY_POINT: IDP_SSO_URL,
      SAML_IDP_CERT: keys.cert,
      SAML_IDP_ISSUER: IDP_ENTITY_ID,
      SAML_LABEL: 'Campus Shibboleth',
      SAML_ROLE_ATTRIBUTE: ATTR.affiliation,
      SAML_ROLE_MAP: 'staff@campus.example=STAFF,faculty@campus.example=COACH,student@campus.example=STUDENT',
      SSO_ALLOWED_EMAIL_DOMAINS: 'example.org',
    };
    a = await startApi(env);
    b = await startApi(env);
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  const me = async (api: TestApi, cookie: string) =>
    expectNoErrors(await api.gql(api.agent().set('Cookie', cookie), `{ me { email role } }`)).me as { email: string; role: Role } | null;
  const sessionCookie = (headers: Record<string, unknown>) =>
    ([headers['set-cookie']].flat().filter(Boolean) as string[]).find((c) => c.startsWith('debrief_session='))?.split(';')[0];

  it('a password sign-in on one is signed in on the other; signing out on the other ends it on both', async () => {
    const user = await createTestUser(a, await a.signInAs(Role.Admin), { label: 'replica-password' });
    const res = await a.gql(a.agent(), SIGN_IN, { input: { email: user.email, password: user.password } });
    expectNoErrors(res);
    const cookie = sessionCookie(res.headers) as string;
    expect(cookie).toBeDefined();
    expect(await me(b, cookie)).toEqual({ email: user.email, role: Role.Student });

    expect(expectNoErrors(await b.gql(b.agent().set('Cookie', cookie), `mutation { signOut }`)).signOut).toBe(true);
    expect(await me(a, cookie)).toBeNull();
    expect(await me(b, cookie)).toBeNull();
    // Refused, not merely anonymous, where a signed-in user is needed.
    expect(errorCode(await a.gql(a.agent().set('Cookie', cookie), `mutation { updateMyProfile(input: { name: "Ghost" }) { id } }`))).toBe(ErrorCode.Unauthenticated);
  });

  it('POST /auth/sign-out on one ends the session on the other', async () => {
    const user = await createTestUser(b, await b.signInAs(Role.Admin), { label: 'replica-signout' });
    const cookie = sessionCookie((await b.gql(b.agent(), SIGN_IN, { input: { email: user.email, password: user.password } })).headers) as string;
    expect(await me(a, cookie)).toMatchObject({ email: user.email });
    expect((await a.agent().post('/auth/sign-out').set('Cookie', cookie).redirects(0)).status).toBe(303);
    expect(await me(b, cookie)).toBeNull();
  });

  it('a role changed on one applies on the other at the next request (nothing cached per process)', async () => {
    const admin = await a.signInAs(Role.Admin);
    const user = await createTestUser(a, admin, { label: 'replica-role' });
    const cookie = sessionCookie((await b.gql(b.agent(), SIGN_IN, { input: { email: user.email, password: user.password } })).headers) as string;
    expect(errorCode(await b.gql(b.agent().set('Cookie', cookie), `{ users { id } }`))).toBe(ErrorCode.Forbidden);
    expectNoErrors(await a.gql(admin, `mutation($input: ChangeRoleInput!) { changeUserRole(input: $input) { role } }`, { input: { userId: user.id, role: Role.Admin } }));
    expect(await me(b, cookie)).toMatchObject({ role: Role.Admin });
    expect(expectNoErrors(await b.gql(b.agent().set('Cookie', cookie), `{ users { id } }`)).users.length).toBeGreaterThan(0);
  });

  it('a SAML sign-in sent from one finishes on the other, once: the request id lives in the database', async () => {
    const start = await a.agent().get('/auth/saml/login?returnTo=%2Fworkshops');
    expect(start.status).toBe(303);
    const request = readAuthnRequest(start.headers['location'] as string);
    const email = `saml-replica-${Date.now().toString(36)}@example.org`;
    const answer = samlResponse(keys, {
      inResponseTo: request.id,
      acsUrl: request.acsUrl,
      audience: request.issuer,
      nameId: `nid-${email}`,
      attributes: { [ATTR.mail]: [email], [ATTR.displayName]: ['Sam Replica'], [ATTR.affiliation]: ['student@campus.example'] },
    });
    const form = (api: TestApi) => api.agent().post('/auth/saml/acs').type('form').send({ SAMLResponse: answer, RelayState: request.relayState ?? '' });

    const landed = await form(b);
    expect(landed.status).toBe(303);
    expect(landed.headers['location']).toBe('/workshops');
    const cookie = sessionCookie(landed.headers) as string;
    expect(await me(a, cookie)).toEqual({ email, role: Role.Student });

    // The same answer posted again, on the first: the assertion was seen (shared table).
    const replay = await form(a);
    expect(replay.status).toBe(303);
    expect(new URL(String(replay.headers['location']), PUBLIC_URL).searchParams.get('sso')).toBeTruthy();
    expect(sessionCookie(replay.headers)).toBeUndefined();
  });
});
