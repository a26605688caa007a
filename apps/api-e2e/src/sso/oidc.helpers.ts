/**
 * A real OpenID Connect provider for the SSO specs (tools/test-idp/oidc-idp.mjs, panva's
 * oidc-provider) in a child process, and a small cookie-keeping "browser" that walks the redirects
 * between the API and the provider the way a person's browser would.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The API's public address as the provider knows it; the browser maps it to whichever API process it picks. */
export const PUBLIC_URL = 'http://debrief.test';
export const CLIENT_ID = 'debrief-it';
export const CLIENT_SECRET = 'debrief-it-secret-for-tests-only';
// The suite's test domain: users the provider signs in are left out of the demo-center counts.
export const CAMPUS = 'example.org';

export interface TestIdp {
  issuer: string;
  /** Makes the provider sign its next ID tokens for another audience (null: back to normal). */
  tamperAudience(aud: string | null): Promise<void>;
  stop(): Promise<void>;
}

export async function startIdp(): Promise<TestIdp> {
  const child: ChildProcess = spawn(process.execPath, [resolve(__dirname, '../../../../tools/test-idp/oidc-idp.mjs')], {
    env: {
      ...process.env,
      IDP_PORT: '0',
      IDP_CLIENT_ID: CLIENT_ID,
      IDP_CLIENT_SECRET: CLIENT_SECRET,
      IDP_REDIRECT_URIS: `${PUBLIC_URL}/auth/oidc/callback`,
      IDP_POST_LOGOUT_REDIRECT_URIS: `${PUBLIC_URL}/sign-in`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const issuer = await new Promise<string>((done, fail) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.once('line', (line) => done((JSON.parse(line) as { issuer: string }).issuer));
    child.once('exit', (code) => fail(new Error(`test IdP exited with ${code}: ${stderr}`)));
  });
  return {
    issuer,
    async tamperAudience(aud) {
      const res = await fetch(`${issuer}/__test__/tamper`, { method: 'POST', body: JSON.stringify({ idTokenAudience: aud }) });
      if (!res.ok) throw new Error(`tamper answered ${res.status}`);
    },
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

export function oidcEnv(idp: TestIdp, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PUBLIC_URL,
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: CLIENT_ID,
    OIDC_CLIENT_SECRET: CLIENT_SECRET,
    OIDC_LABEL: 'CampusID',
    OIDC_SCOPES: 'openid email profile groups',
    OIDC_ROLE_CLAIM: 'groups',
    OIDC_ROLE_MAP: 'career-staff=STAFF,career-coaches=COACH,students=STUDENT',
    SSO_ALLOWED_EMAIL_DOMAINS: `${CAMPUS},debrief.example`,
    ...extra,
  };
}

export interface Hop {
  status: number;
  url: string;
  location?: string;
}

/**
 * Cookies per host name, not per port, as browsers keep them: the API processes and the provider
 * all live on 127.0.0.1, like replicas behind one load balancer.
 */
export class Browser {
  private readonly jar = new Map<string, string>();
  readonly hops: Hop[] = [];

  /** Which API process answers requests to PUBLIC_URL (change it between steps to switch replica). */
  constructor(public api: Server) {}

  cookie(name: string): string | undefined {
    return this.jar.get(name);
  }

  set(name: string, value: string): void {
    this.jar.set(name, value);
  }

  /** Takes another browser's cookies (the same person's browser, for a second walk). */
  adopt(other: Browser): this {
    for (const [k, v] of other.jar) this.jar.set(k, v);
    return this;
  }

  /** GET, following redirects until the response is not one, or `stopAt` matches the next URL. */
  async visit(url: string, stopAt?: (next: URL) => boolean): Promise<{ status: number; url: string; body: string; location?: string }> {
    let current = new URL(url, PUBLIC_URL);
    let method = 'GET';
    let body: string | undefined;
    for (let i = 0; i < 15; i++) {
      const res = await this.request(method, current, body);
      const location = res.headers.get('location') ?? undefined;
      this.hops.push({ status: res.status, url: current.href, location });
      if (res.status < 300 || res.status >= 400 || !location) return { status: res.status, url: current.href, body: await res.text(), location };
      const next = new URL(location, current);
      if (stopAt?.(next)) return { status: res.status, url: current.href, body: '', location: next.href };
      current = next;
      method = 'GET';
      body = undefined;
    }
    throw new Error(`Too many redirects: ${JSON.stringify(this.hops)}`);
  }

  /** One GET, redirects not followed: how the API answers its callback (where it sends the browser). */
  land(url: string): Promise<{ status: number; url: string; body: string; location?: string }> {
    return this.visit(url, () => true);
  }

  /** POST to the API (a form without fields, as the portal's "Sign out"), following the redirects as `visit` does. */
  async post(path: string, stopAt?: (next: URL) => boolean): Promise<{ status: number; url: string; body: string; location?: string }> {
    const url = new URL(path, PUBLIC_URL);
    const res = await this.request('POST', url, '');
    const location = res.headers.get('location') ?? undefined;
    this.hops.push({ status: res.status, url: url.href, location });
    if (res.status < 300 || res.status >= 400 || !location) return { status: res.status, url: url.href, body: await res.text(), location };
    const next = new URL(location, url);
    if (stopAt?.(next)) return { status: res.status, url: url.href, body: '', location: next.href };
    return this.visit(next.href, stopAt);
  }

  /** Answers "Yes, sign me out" on the provider's logout page and follows on until back at the API. */
  async confirmSignOutAtProvider(page: { url: string; body: string }): Promise<URL> {
    const action = /<form id="op.logoutForm"[^>]*action="([^"]+)"/.exec(page.body)?.[1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(page.body)?.[1];
    if (!action || !xsrf) throw new Error(`No logout form on ${page.url}: ${page.body.slice(0, 300)}`);
    let current = new URL(action.replace(/&amp;/g, '&'), page.url);
    let res = await this.request('POST', current, new URLSearchParams({ xsrf, logout: 'yes' }).toString());
    for (let i = 0; i < 10; i++) {
      const location = res.headers.get('location');
      if (!location) throw new Error(`Provider answered ${res.status} without a redirect: ${(await res.text()).slice(0, 300)}`);
      const next = new URL(location, current);
      if (next.origin === PUBLIC_URL) return next;
      current = next;
      res = await this.request('GET', current);
    }
    throw new Error('The provider never redirected back');
  }

  /** Submits the provider's login form (any password) and follows on, stopping before the API's callback. */
  async logInAtProvider(loginPage: { url: string; body: string }, login: string): Promise<URL> {
    const action = /<form[^>]*action="([^"]+)"/.exec(loginPage.body)?.[1];
    if (!action) throw new Error(`No login form on ${loginPage.url}: ${loginPage.body.slice(0, 300)}`);
    const form = new URLSearchParams({ prompt: 'login', login, password: 'anything' }).toString();
    let current = new URL(action.replace(/&amp;/g, '&'), loginPage.url);
    let res = await this.request('POST', current, form);
    for (let i = 0; i < 10; i++) {
      const location = res.headers.get('location');
      if (!location) throw new Error(`Provider answered ${res.status} without a redirect: ${(await res.text()).slice(0, 300)}`);
      const next = new URL(location, current);
      if (next.origin === PUBLIC_URL) return next;
      current = next;
      res = await this.request('GET', current);
    }
    throw new Error('The provider never redirected back');
  }

  /** The whole sign-in: /auth/oidc/login on the API, the provider's login page (unless already signed in there), back to the callback URL (not yet visited). */
  async startAndLogIn(login: string, loginPath = '/auth/oidc/login'): Promise<URL> {
    const page = await this.visit(loginPath, (next) => next.origin === PUBLIC_URL && next.pathname === '/auth/oidc/callback');
    // Already signed in at the provider (same browser): it answers at once, without its login page.
    if (page.location) return new URL(page.location);
    if (page.status !== 200) throw new Error(`Expected the provider's login page, got ${page.status} at ${page.url} → ${page.location}`);
    return this.logInAtProvider(page, login);
  }

  private async request(method: string, url: URL, body?: string): Promise<Response> {
    const target = url.origin === PUBLIC_URL ? new URL(url.pathname + url.search, `http://127.0.0.1:${(this.api.address() as AddressInfo).port}`) : url;
    const headers: Record<string, string> = { 'user-agent': 'debrief-it-browser' };
    const cookies = [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    if (cookies) headers['cookie'] = cookies;
    if (body !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
    const res = await fetch(target, { method, headers, body, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) this.store(line);
    return res;
  }

  private store(line: string): void {
    const [pair, ...attributes] = line.split(';');
    const at = pair.indexOf('=');
    const name = pair.slice(0, at).trim();
    const value = pair.slice(at + 1).trim();
    const expired = attributes.some((a) => {
      const [k, v] = a.split('=').map((s) => s.trim().toLowerCase());
      return (k === 'max-age' && Number(v) <= 0) || (k === 'expires' && Date.parse(v) < Date.now());
    });
    if (expired || value === '') this.jar.delete(name);
    else this.jar.set(name, value);
  }
}
