import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

/**
 * docker/compose.yaml and docker/Caddyfile, read as files: there is no Docker engine nor Caddy
 * binary on the test machine, so this checks what they say (3 replicas with a readiness check,
 * Caddy balancing over all of them with active health checks), not that Docker runs them.
 */
const dockerDir = resolve(__dirname, '../../../docker');
interface Service {
  image: string;
  deploy: { replicas: number };
  container_name?: string;
  ports?: string[];
  environment: Record<string, string>;
  depends_on: Record<string, { condition: string }>;
  healthcheck: { test: string[] };
  stop_grace_period: string;
  volumes: string[];
}
const compose = parse(readFileSync(resolve(dockerDir, 'compose.yaml'), 'utf8')) as { name: string; services: Record<string, Service> };
const caddyfile = readFileSync(resolve(dockerDir, 'Caddyfile'), 'utf8');
/** The Caddyfile's directives, comments dropped, one "name args" string per line. */
const directives = caddyfile
  .split('\n')
  .map((line) => line.replace(/#.*$/, '').trim())
  .filter(Boolean);

describe('docker/compose.yaml', () => {
  const { app, proxy, postgres, redis } = compose.services;

  it('runs the API as 3 replicas on one PostgreSQL and one Redis, unpublished behind the proxy', () => {
    expect(app['deploy'].replicas).toBe(3);
    expect(app['container_name']).toBeUndefined(); // a fixed name would forbid replicas
    expect(app['ports']).toBeUndefined();
    expect(app['environment']).toMatchObject({ DATABASE_URL: expect.stringContaining('@postgres:5432/'), REDIS_URL: 'redis://redis:6379', TRUST_PROXY: '1' });
    expect(app['depends_on']).toMatchObject({ postgres: { condition: 'service_healthy' }, redis: { condition: 'service_healthy' } });
    expect(postgres['healthcheck'].test.join(' ')).toContain('pg_isready');
    expect(redis['healthcheck'].test).toContain('ping');
  });

  it('checks each replica on /health/ready and gives it time to shut down gracefully', () => {
    expect(app['healthcheck'].test.join(' ')).toContain('http://127.0.0.1:3000/health/ready');
    expect(app['healthcheck'].test.join(' ')).toContain('statusCode===200');
    expect(app['stop_grace_period']).toBe('30s');
  });

  it('publishes only the proxy, which waits for healthy replicas and is given one upstream per replica', () => {
    expect(proxy['image']).toMatch(/^caddy:/);
    expect(proxy['ports']).toEqual(['3000:3000']);
    expect(proxy['depends_on']).toEqual({ app: { condition: 'service_healthy' } });
    expect(proxy['volumes']).toContain('./Caddyfile:/etc/caddy/Caddyfile:ro');
    // "${API_UPSTREAMS:-…}": the shell's list when scaling, else one entry per default replica.
    const [, defaults] = /^\$\{API_UPSTREAMS:-(.+)\}$/.exec(String(proxy['environment'].API_UPSTREAMS)) ?? [];
    const upstreams = String(defaults).split(/\s+/);
    expect(upstreams).toEqual(Array.from({ length: app['deploy'].replicas }, (_, i) => `${compose.name}-app-${i + 1}:3000`));
  });
});

describe('docker/Caddyfile', () => {
  it('balances over the replicas from API_UPSTREAMS with retries', () => {
    expect(directives).toContain('to {$API_UPSTREAMS}');
    expect(directives).toContain('lb_policy round_robin');
    expect(directives.find((d) => d.startsWith('lb_retries'))).toMatch(/^lb_retries [1-9]/);
    // Caddy's active health checks do not cover dynamic upstreams: they must be static.
    expect(directives.some((d) => d.startsWith('dynamic'))).toBe(false);
  });

  it('takes a replica out while /health/ready fails (active) or it answers 5xx (passive)', () => {
    expect(directives).toEqual(expect.arrayContaining(['health_uri /health/ready', 'health_status 200', 'health_interval 5s', 'fail_duration 30s', 'unhealthy_status 502 503 504']));
  });

  it('has balanced braces and listens on the published port', () => {
    const blocks = caddyfile.replace(/#.*$/gm, '').replace(/\{\$[A-Z_]+\}/g, '');
    expect((blocks.match(/{/g) ?? []).length).toBe((blocks.match(/}/g) ?? []).length);
    expect(directives).toContain(':3000 {');
  });
});
