import { getDataSourceToken } from '@nestjs/typeorm';
import { Role } from '@debrief/shared/domain';
import type { DataSource } from 'typeorm';
import { expectNoErrors, startApi, TestApi } from '../support/api';
import { ATTR, IDP_ENTITY_ID, IDP_SSO_URL, makeTestKeys, readAuthnRequest, samlResponse, TestKeys } from './saml.helpers';

const PUBLIC_URL = 'http://debrief.test';
const SP_ENTITY_ID = `${PUBLIC_URL}/auth/saml/metadata`;
const ACS = `${PUBLIC_URL}/auth/saml/acs`;

/**
 * SAML 2.0 sign-in with assertions signed by a test IdP key: the API must insist on the signature
 * (by the configured certificate), the audience, the time window, its own request, and single use.
 */
describe('SAML sign-in', () => {
  let keys: TestKeys;
  let api: TestApi;
  let db: DataSource;
  let n = 0;

  beforeAll(async () => {
    keys = makeTestKeys();
    api = await startApi({
      PUBLIC_URL,
      SAML_ENTRY_POINT: IDP_SSO_URL,
      SAML_IDP_CERT: keys.cert,
      SAML_IDP_ISSUER: IDP_ENTITY_ID,
      SAML_LABEL: 'Campus Shibboleth',
      SAML_ROLE_ATTRIBUTE: ATTR.affiliation,
      SAML_ROLE_MAP: 'staff@campus.example=STAFF,faculty@campus.example=COACH,student@campus.example=STUDENT',
      SSO_ALLOWED_EMAIL_DOMAINS: 'example.org',
    });
    db = api.app.get<DataSource>(getDataSourceToken());
  });

  afterAll(() => api?.close());

  /** Starts a sign-in and returns what the IdP needs to answer it. */
  const start = async (returnTo?: string) => {
    const res = await api.agent().get(`/auth/saml/login${returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ''}`);
    expect(res.status).toBe(303);
    expect(res.headers['location']).toMatch(new RegExp(`^${IDP_SSO_URL}\\?SAMLRequest=`));
    return readAuthnRequest(res.headers['location'] as string);
  };
  const person = (label: string) => {
    n += 1;
    const email = `${label}-${Date.now().toString(36)}-${n}@example.org`;
    return { email, nameId: `nid-${email}`, attributes: { [ATTR.mail]: [email], [ATTR.displayName]: [`Sam ${label}`], [ATTR.affiliation]: ['member@campus.example', 'faculty@campus.example'] } };
  };
  const post = (SAMLResponse: string, RelayState?: string | null) =>
    api.agent().post('/auth/saml/acs').type('form').send(RelayState ? { SAMLResponse, RelayState } : { SAMLResponse });
  const sessionCookie = (res: { headers: Record<string, unknown> }) =>
    ([res.headers['set-cookie']].flat().filter(Boolean) as string[]).find((c) => c.startsWith('debrief_session='))?.split(';')[0];
  const refusal = (res: { headers: Record<string, unknown> }) => new URL(String(res.headers['location']), PUBLIC_URL).searchParams.get('sso');
  const users = async (email: string) => Number(((await db.query('SELECT count(*) AS n FROM users WHERE email = $1', [email])) as { n: string }[])[0].n);

  it('serves the SP metadata at a stable URL, asking for signed assertions', async () => {
    const res = await api.agent().get('/auth/saml/metadata');
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/samlmetadata+xml');
    expect(res.text).toContain(`entityID="${SP_ENTITY_ID}"`);
    expect(res.text).toContain(`Location="${ACS}"`);
    expect(res.text).toContain('WantAssertionsSigned="true"');
    const options = await api.gql(api.agent(), `{ signInOptions { providers { id label loginUrl } } }`);
    expect(expectNoErrors(options).signInOptions.providers).toEqual([{ id: 'saml', label: 'Campus Shibboleth', loginUrl: '/auth/saml/login' }]);
  });

  it('provisions a person from a signed assertion with the role their affiliation maps to', async () => {
    const request = await start('/coaching');
    expect(request).toMatchObject({ acsUrl: ACS, issuer: SP_ENTITY_ID, relayState: '/coaching' });
    const who = person('coach');
    const res = await post(samlResponse(keys, { inResponseTo: request.id, acsUrl: ACS, audience: SP_ENTITY_ID, ...who }), request.relayState);
    expect(res.status).toBe(303);
    expect(res.headers['location']).toBe('/coaching');
    const me = await api.gql(api.agent().set('Cookie', sessionCookie(res) as string), `{ me { email name role } }`);
    expect(expectNoErrors(me).me).toEqual({ email: who.email, name: 'Sam coach', role: Role.Coach });
  });

  it('refuses the same assertion twice', async () => {
    const request = await start();
    const response = samlResponse(keys, { inResponseTo: request.id, acsUrl: ACS, audience: SP_ENTITY_ID, ...person('replay') });
    expect(sessionCookie(await post(response))).toBeDefined();
    const again = await post(response);
    expect(refusal(again)).toMatch(/^(PROVIDER|STATE)$/);
    expect(sessionCookie(again)).toBeUndefined();
  });

  it.each([
    ['unsigned', { signWith: false as const }],
    ['signed by another key', { signWith: makeTestKeys() }],
    ['expired', { shiftMinutes: -60 }],
    ['for another audience', { audience: 'https://other-app.campus.example/sp' }],
    ['from another issuer', { issuer: 'https://idp.elsewhere.example' }],
    ['answering no request of ours', { inResponseTo: '_never-asked' }],
  ])('refuses an assertion %s, creating no account', async (_label, change) => {
    const request = await start();
    const who = person('refused');
    const res = await post(samlResponse(keys, { inResponseTo: request.id, acsUrl: ACS, audience: SP_ENTITY_ID, ...who, ...change }));
    expect(res.status).toBe(303);
    expect(refusal(res)).toBe('PROVIDER');
    expect(sessionCookie(res)).toBeUndefined();
    expect(await users(who.email)).toBe(0);
  });

  it('refuses a signed assertion for an email domain that is not allowed', async () => {
    const request = await start();
    const email = `x-${Date.now()}@elsewhere.example`;
    const res = await post(samlResponse(keys, { inResponseTo: request.id, acsUrl: ACS, audience: SP_ENTITY_ID, nameId: `nid-${email}`, attributes: { [ATTR.mail]: [email] } }));
    expect(refusal(res)).toBe('DOMAIN');
    expect(await users(email)).toBe(0);
  });

  it('refuses a post without a response, and never sends the browser off-site afterwards', async () => {
    expect(refusal(await api.agent().post('/auth/saml/acs').type('form').send({}))).toBe('PROVIDER');
    const request = await start('//evil.example/');
    expect(request.relayState).toBe('/');
    const res = await post(samlResponse(keys, { inResponseTo: request.id, acsUrl: ACS, audience: SP_ENTITY_ID, ...person('relay') }), 'https://evil.example/');
    expect(res.headers['location']).toBe('/');
  });
});
