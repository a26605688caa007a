#!/usr/bin/env node
// A real OpenID Connect provider (panva's oidc-provider, the certified reference implementation)
// for tests only: the API integration suite and the browser e2e sign in through it. Its login page
// accepts any password; the login typed in is the person's email, and what it says decides the
// claims (see claimsFor). Never run this anywhere but a test.
//
//   node tools/test-idp/oidc-idp.mjs      (IDP_PORT, IDP_CLIENT_ID, IDP_CLIENT_SECRET, IDP_REDIRECT_URIS)
//   prints one line: {"issuer":"http://127.0.0.1:<port>"}
import { createHash, createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import Provider from 'oidc-provider';

/**
 * The claims of a login (an email): `coach…@` is in group career-coaches, `staff…@` in career-staff,
 * anyone else in students; a login containing "unverified" has email_verified false. The subject is
 * a hash of the login, as opaque as a real provider's.
 */
export function claimsFor(login) {
  const email = String(login).trim().toLowerCase();
  const local = email.split('@')[0];
  const groups = local.startsWith('coach') ? ['career-coaches'] : local.startsWith('staff') ? ['career-staff'] : ['students'];
  const name = local.replace(/[._+-]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
  return { sub: subjectOf(email), email, email_verified: !local.includes('unverified'), name, groups };
}

export function subjectOf(login) {
  return `u-${createHash('sha256').update(String(login).trim().toLowerCase()).digest('hex').slice(0, 20)}`;
}

/** Starts the provider; `tamper` can make the next ID tokens name another audience (signed by the real key). */
export async function startOidcIdp({ port = 0, host = '127.0.0.1', clients }) {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key-1', use: 'sig', alg: 'RS256' };
  const tamper = { idTokenAudience: null };

  // The issuer must name the port, which is known only once listening: listen first, then build.
  const { createServer } = await import('node:http');
  let handler = (_req, res) => res.writeHead(503).end();
  const server = createServer((req, res) => handler(req, res));
  await new Promise((resolve) => server.listen(port, host, resolve));
  const issuer = `http://${host}:${server.address().port}`;

  const provider = new Provider(issuer, {
    clients: clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: c.redirectUris,
      post_logout_redirect_uris: c.postLogoutRedirectUris ?? [],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    jwks: { keys: [jwk] },
    cookies: { keys: ['test-idp-cookie-key-not-a-secret'] },
    pkce: { required: () => true },
    scopes: ['openid', 'email', 'profile', 'groups'],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
    findAccount: async (_ctx, id) => ({ accountId: id, claims: async () => claimsFor(id) }),
    features: { devInteractions: { enabled: true } },
    // First-party test client: no consent screen, only the login page.
    async loadExistingGrant(ctx) {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid email profile groups');
      await grant.save();
      return grant;
    },
  });
  provider.on('server_error', (_ctx, error) => console.error('[test-idp] server_error', error));

  provider.use(async (ctx, next) => {
    if (ctx.path === '/__test__/tamper' && ctx.method === 'POST') {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      Object.assign(tamper, JSON.parse(Buffer.concat(chunks).toString() || '{}'));
      ctx.body = tamper;
      return;
    }
    await next();
    if (ctx.path === '/token' && tamper.idTokenAudience && ctx.body?.id_token) {
      ctx.body = { ...ctx.body, id_token: resign(ctx.body.id_token, { aud: tamper.idTokenAudience }, jwk) };
    }
  });

  handler = provider.callback();
  return {
    issuer,
    provider,
    async setTamper(next) {
      Object.assign(tamper, next);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The same token with some claims replaced, signed again with the provider's own key. */
function resign(jwt, changes, jwk) {
  const [header, payload] = jwt.split('.');
  const claims = { ...JSON.parse(Buffer.from(payload, 'base64url').toString()), ...changes };
  const input = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  const signature = sign('sha256', Buffer.from(input), createPrivateKey({ key: jwk, format: 'jwk' }));
  return `${input}.${signature.toString('base64url')}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const idp = await startOidcIdp({
    port: Number(process.env.IDP_PORT ?? 0),
    host: process.env.IDP_HOST ?? '127.0.0.1',
    clients: [
      {
        clientId: process.env.IDP_CLIENT_ID ?? 'debrief',
        clientSecret: process.env.IDP_CLIENT_SECRET ?? 'debrief-test-secret',
        redirectUris: (process.env.IDP_REDIRECT_URIS ?? 'http://127.0.0.1:3000/auth/oidc/callback').split(','),
        postLogoutRedirectUris: (process.env.IDP_POST_LOGOUT_REDIRECT_URIS ?? '').split(',').filter(Boolean),
      },
    ],
  });
  console.log(JSON.stringify({ issuer: idp.issuer }));
  const stop = () => idp.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
