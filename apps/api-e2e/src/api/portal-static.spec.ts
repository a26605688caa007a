import { get, IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { startApi, TestApi } from '../support/api';

/**
 * The built portal as the server sends it: hashed files with their build-time brotli or gzip copy
 * and a year's immutable cache; index.html (the page and every route of the single-page app)
 * revalidated on each visit. A stand-in build in a temporary folder plays the portal.
 */
describe('serving the built portal', () => {
  let api: TestApi;
  let dist: string;
  const script = `console.log(${JSON.stringify('debrief '.repeat(400))});\n`;
  const index = '<!doctype html><html lang="en"><head><title>Debrief</title><script src="main-7QK3Z2XA.js" type="module"></script></head><body></body></html>';

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'debrief-portal-'));
    mkdirSync(join(dist, 'media'));
    writeFileSync(join(dist, 'index.html'), index);
    writeFileSync(join(dist, 'main-7QK3Z2XA.js'), script);
    writeFileSync(join(dist, 'main-7QK3Z2XA.js.br'), brotliCompressSync(script));
    writeFileSync(join(dist, 'main-7QK3Z2XA.js.gz'), gzipSync(script));
    writeFileSync(join(dist, 'favicon.ico'), 'icon');
    api = await startApi({ PORTAL_DIST: dist });
  });

  afterAll(async () => {
    await api?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  /** The bytes as they cross the wire (supertest would decompress them). */
  function wire(path: string, acceptEncoding: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
    const { port } = api.server.address() as AddressInfo;
    return new Promise((resolve, reject) => {
      get({ host: '127.0.0.1', port, path, headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
  }

  it('sends a hashed script as its brotli copy to a browser that accepts brotli, cached for a year', async () => {
    const res = await wire('/main-7QK3Z2XA.js', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(brotliDecompressSync(res.body).toString()).toBe(script);
    expect(res.body.length).toBeLessThan(script.length / 10);
  });

  it('sends the gzip copy to a client without brotli, and the plain file to one that accepts neither', async () => {
    const gz = await api.agent().get('/main-7QK3Z2XA.js').set('Accept-Encoding', 'gzip');
    expect(gz.status).toBe(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.text).toBe(script);

    const plain = await api.agent().get('/main-7QK3Z2XA.js').set('Accept-Encoding', 'identity');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.text).toBe(script);
  });

  it('has index.html revalidated, at / and at any route of the app', async () => {
    for (const path of ['/', '/sessions/book', '/index.html']) {
      const res = await api.agent().get(path);
      expect({ path, status: res.status, cache: res.headers['cache-control'] }).toEqual({ path, status: 200, cache: 'no-cache' });
      expect(res.text).toContain('main-7QK3Z2XA.js');
    }
  });

  it('revalidates files without a hash in their name', async () => {
    const res = await api.agent().get('/favicon.ico');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('leaves the API routes alone', async () => {
    const res = await api.agent().get('/health').set('Accept-Encoding', 'br');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).not.toBe('public, max-age=31536000, immutable');
  });
});
