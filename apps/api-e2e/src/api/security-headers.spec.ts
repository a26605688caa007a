import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi, TestApi } from '../support/api';

type Headers = Record<string, string | string[] | undefined>;

/** The headers every response carries, whatever route and status. */
function expectSecurityHeaders(headers: Headers, where: string): void {
  const csp = String(headers['content-security-policy'] ?? '');
  expect({ where, csp }).toEqual({ where, csp: expect.stringContaining("default-src 'self'") });
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toMatch(/script-src [^;]*'unsafe-inline'/);
  expect({ where, xfo: headers['x-frame-options'] }).toEqual({ where, xfo: 'DENY' });
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-powered-by']).toBeUndefined();
}

describe('security headers', () => {
  const portal = mkdtempSync(join(tmpdir(), 'debrief-portal-'));
  let api: TestApi;

  beforeAll(async () => {
    writeFileSync(join(portal, 'index.html'), '<!doctype html><html lang="en"><title>Debrief</title><db-root></db-root></html>');
    api = await startApi({ PORTAL_DIST: portal });
  });

  afterAll(async () => {
    await api?.close();
    rmSync(portal, { recursive: true, force: true });
  });

  it('are on GraphQL answers, coded errors included', async () => {
    const ok = await api.agent().post('/graphql').send({ query: '{ me { id } }' });
    expect(ok.status).toBe(200);
    expectSecurityHeaders(ok.headers, 'graphql');
    const refused = await api.agent().post('/graphql').send({ query: '{ users { id } }' });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expectSecurityHeaders(refused.headers, 'graphql error');
  });

  it('are on the portal, health, calendar and unknown routes', async () => {
    const page = await api.agent().get('/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<db-root>');
    expectSecurityHeaders(page.headers, 'portal');
    const deepLink = await api.agent().get('/coaches');
    expect(deepLink.status).toBe(200);
    expectSecurityHeaders(deepLink.headers, 'portal route');
    expectSecurityHeaders((await api.agent().get('/health')).headers, 'health');
    const feed = await api.agent().get('/calendar/feed/not-a-real-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.ics');
    expect(feed.status).toBe(404);
    expectSecurityHeaders(feed.headers, 'calendar 404');
  });

  it('send no HSTS outside production (a plain-HTTP start would pin nothing useful)', async () => {
    const res = await api.agent().get('/health');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(String(res.headers['content-security-policy'])).not.toContain('upgrade-insecure-requests');
  });
});

describe('security headers in production', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startApi({ NODE_ENV: 'production', COOKIE_SECURE: 'false', WORKERS: 'manual', PUBLIC_URL: 'https://careers.example.edu' });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('add HSTS and upgrade-insecure-requests behind HTTPS', async () => {
    const res = await api.agent().post('/graphql').send({ query: '{ me { id } }' });
    expectSecurityHeaders(res.headers, 'production');
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(String(res.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
  });
});
