import { ErrorCode, Role, ROLES } from '@debrief/shared/domain';
import fc from 'fast-check';
import { GraphQLArgument, GraphQLSchema } from 'graphql';
import request from 'supertest';
import { Agent, DEMO_ACCOUNTS, startApi, TestApi } from '../support/api';
import type { TestDatabase } from '../support/database';
import { startOwnDatabase } from '../support/own-database';
import { argumentsFor, FuzzContext } from '../support/fuzz';
import { dummyCall, introspectSchema, operations, rootFields } from '../support/schema';

/**
 * A property of the whole API (issue 10): whatever a client sends to any argument of any query or
 * mutation, as anyone, the answer is a coded client error or a result, never INTERNAL_SERVER_ERROR,
 * a 5xx or a stack trace. Inputs come from each argument's type (see support/fuzz.ts), with a fixed
 * seed so a failure repeats; FUZZ_RUNS inputs per operation and identity, FUZZ_SEED to explore.
 *
 * The walk runs real mutations with real ids (disabling users, cancelling bookings, changing the
 * booking policy), so it gets a database of its own, seeded like the shared one, and the other
 * spec files never see what it did (support/own-database.ts).
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261203);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 6);
const IDENTITIES = ['anonymous', ...ROLES] as const;
type Identity = (typeof IDENTITIES)[number];

/** These change which session a cookie holds: sent without cookies, so each identity stays itself. */
const SESSION_CHANGING = new Set(['Mutation.signIn', 'Mutation.signOut', 'Mutation.acceptInvitation']);

interface Failure {
  identity: Identity;
  operation: string;
  status: number;
  variables: string;
  errors: string;
}

function seedOf(text: string): number {
  let hash = SEED;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

function brief(value: unknown, max = 300): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}

describe('input fuzz: every argument of every operation, as every identity', () => {
  let database: TestDatabase | undefined;
  let api: TestApi;
  let schema: GraphQLSchema;
  const agents = new Map<Identity, Agent | undefined>();
  const context: FuzzContext = { knownIds: [] };

  beforeAll(async () => {
    database = await startOwnDatabase();
    api = await startApi({ DATABASE_URL: database.url, DATABASE_POOL_SIZE: String(database.poolSize), SEED_DEMO: 'true' });
    schema = await introspectSchema(api, api.agent());
    agents.set('anonymous', undefined);
    for (const role of ROLES) agents.set(role, await api.signInAs(role));
    context.knownIds = await knownIds(api, agents);
  }, 300_000);

  afterAll(async () => {
    await api?.close();
    await database?.stop();
  });

  it('never answers INTERNAL_SERVER_ERROR, a 5xx or a stack trace', async () => {
    const ops = operations(schema);
    const failures: Failure[] = [];
    const codes: Record<string, number> = {};
    let calls = 0;
    const started = Date.now();

    for (const identity of IDENTITIES) {
      const agent = agents.get(identity);
      for (const op of ops) {
        const name = `${op.parent}.${op.field}`;
        const field = rootFields(schema, op.parent).find((f) => f.name === op.field);
        if (!field) continue;
        const { query } = dummyCall(op.parent, field);
        const samples = fc.sample(argumentsFor(field.args as readonly GraphQLArgument[], context), { seed: seedOf(`${identity}:${name}`), numRuns: RUNS });
        for (const variables of samples) {
          calls += 1;
          const client = agent && !SESSION_CHANGING.has(name) ? agent : request(api.server);
          const res = await client.post('/graphql').set('Content-Type', 'application/json').set('Accept', 'application/json').send({ query, variables });
          const errors = (res.body?.errors ?? []) as { message?: string; extensions?: { code?: string; stacktrace?: unknown } }[];
          for (const error of errors) codes[error.extensions?.code ?? 'NO_CODE'] = (codes[error.extensions?.code ?? 'NO_CODE'] ?? 0) + 1;
          if (!errors.length) codes['OK'] = (codes['OK'] ?? 0) + 1;
          const bad =
            res.status >= 500 ||
            !res.type?.includes('json') ||
            errors.some((e) => !e.extensions?.code || e.extensions.code === ErrorCode.InternalServerError || e.extensions.stacktrace !== undefined);
          if (bad) failures.push({ identity, operation: name, status: res.status, variables: brief(variables), errors: brief(errors.length ? errors : res.text) });
        }
      }
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `[input-fuzz] ${ops.length} operations × ${RUNS} inputs × ${IDENTITIES.length} identities = ${calls} calls in ${seconds} s ` +
        `(seed ${SEED}); answers: ${JSON.stringify(codes)}; failures: ${failures.length}`,
    );
    expect(ops.length).toBeGreaterThan(50);
    expect(calls).toBe(ops.length * RUNS * IDENTITIES.length);
    // The walk reached past the guards: some calls succeeded and some were refused as bad input.
    expect(codes['OK'] ?? 0).toBeGreaterThan(0);
    expect(codes[ErrorCode.BadUserInput] ?? 0).toBeGreaterThan(0);
    expect(failures.slice(0, 20)).toEqual([]);
  }, 900_000);
});

/** Ids of real records other than the demo accounts themselves (so no identity disables itself). */
async function knownIds(api: TestApi, agents: Map<Identity, Agent | undefined>): Promise<string[]> {
  const demoEmails = new Set(Object.values(DEMO_ACCOUNTS));
  const ids = new Set<string>();
  const read = async (identity: Identity, query: string) => {
    const res = await api.gql(agents.get(identity) as Agent, query);
    return (res.data ?? {}) as Record<string, { id: string; email?: string }[] | null>;
  };
  const admin = await read(Role.Admin, `{ users { id email } }`);
  for (const u of admin['users'] ?? []) if (!demoEmails.has(u.email ?? '')) ids.add(u.id);
  const lists: [Identity, string][] = [
    [Role.Staff, 'sessionTypes'], [Role.Staff, 'coaches'], [Role.Staff, 'workshops'], [Role.Staff, 'closures'], [Role.Staff, 'rubrics'],
    [Role.Student, 'myBookings'], [Role.Student, 'improvementPlans'], [Role.Student, 'journalEntries'],
  ];
  for (const [identity, field] of lists) for (const r of (await read(identity, `{ ${field} { id } }`))[field] ?? []) ids.add(r.id);
  return [...ids].slice(0, 200);
}
