/**
 * Boots the whole API in-process (the same composition root `main.ts` uses) against the database
 * chosen in global setup, listens on a free port and talks to it over real HTTP.
 *
 *   const api = await startApi();              // or startApi({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' })
 *   const student = await api.signInAs(Role.Student);
 *   const res = await api.gql(student, `{ me { email } }`);
 *   await api.close();
 */
import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import request from 'supertest';
import { getDataSourceToken } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@debrief/api/core';
import { createApp } from '@debrief/api/server';
import { seedDemoCenterIfEmpty } from '@debrief/tools/seed';
import type { DataSource } from 'typeorm';
import { Role } from '@debrief/shared/domain';

export type Agent = request.Agent;
export type Env = Record<string, string | undefined>;

export const DEMO_PASSWORD = 'debrief-demo';

/** One demo account per role, created by the seed. */
export const DEMO_ACCOUNTS: Readonly<Record<Role, string>> = {
  [Role.Admin]: 'admin@debrief.example',
  [Role.Staff]: 'staff@debrief.example',
  [Role.Coach]: 'coach@debrief.example',
  [Role.Student]: 'student@debrief.example',
};

/** Domain of every user the suite creates, so the seeded data stays recognisable. */
export const TEST_EMAIL_DOMAIN = 'example.org';

export interface GqlError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; stacktrace?: unknown; [key: string]: unknown };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface GqlResponse<T = any> {
  status: number;
  data?: T | null;
  errors?: GqlError[];
  headers: Record<string, string | string[] | undefined>;
}

export interface TestApi {
  app: INestApplication;
  server: Server;
  /** A fresh cookie-keeping client (signed out). */
  agent(): Agent;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  gql<T = any>(agent: Agent, query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>>;
  /** Signs a new agent in as the demo account of a role, or as any email; fails the test if it cannot. */
  signInAs(who: Role | string, password?: string): Promise<Agent>;
  close(): Promise<void>;
}

export const SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) { id email role status }
  }
`;

export const ME = /* GraphQL */ `
  query Me { me { id email name role status permissions timeZone } }
`;

export async function startApi(overrides: Env = {}): Promise<TestApi> {
  const app = await createApp({ ...process.env, ...overrides });
  try {
    // As the demo entry (apps/api/src/demo.ts) does: the first app of the run seeds the demo center.
    if (app.get<AppConfig>(APP_CONFIG).seedDemo) await seedDemoCenterIfEmpty(app.get<DataSource>(getDataSourceToken()));
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await app.close();
    throw error;
  }
  const server = app.getHttpServer() as Server;

  const gql: TestApi['gql'] = async (agent, query, variables) => {
    const res = await agent
      .post('/graphql')
      .set('Accept', 'application/json')
      .send(variables === undefined ? { query } : { query, variables });
    const body = (res.body ?? {}) as { data?: unknown; errors?: GqlError[] };
    if (!res.type?.includes('json')) {
      throw new Error(`POST /graphql answered ${res.status} ${res.type}: ${String(res.text).slice(0, 500)}`);
    }
    return { status: res.status, data: body.data as never, errors: body.errors, headers: res.headers };
  };

  const agent = () => request.agent(server);

  const signInAs: TestApi['signInAs'] = async (who, password = DEMO_PASSWORD) => {
    const email = who.includes('@') ? who : DEMO_ACCOUNTS[who as Role];
    if (!email) throw new Error(`No demo account for ${who}`);
    const client = agent();
    const res = await gql(client, SIGN_IN, { input: { email, password } });
    if (res.errors?.length || !res.data?.signIn) {
      throw new Error(`Could not sign in as ${email}: ${JSON.stringify(res.errors ?? res.data)}`);
    }
    return client;
  };

  return { app, server, agent, gql, signInAs, close: () => app.close() };
}

/** The `extensions.code` of the first error, or undefined when the operation succeeded. */
export function errorCode(res: GqlResponse): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

/** Fails with the whole response (not just "expected undefined") when an operation errored. */
export function expectNoErrors<T>(res: GqlResponse<T>): T {
  if (res.errors?.length) {
    throw new Error(`Expected no GraphQL errors, got ${JSON.stringify(res.errors, null, 2)}`);
  }
  if (res.data == null) throw new Error(`Expected data, got ${JSON.stringify(res)}`);
  return res.data;
}

let counter = 0;
const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A unique address in the test domain (specs share one database). */
export function uniqueEmail(label: string): string {
  counter += 1;
  return `it-${label}-${runId}-${counter}@${TEST_EMAIL_DOMAIN}`;
}

export function isTestEmail(email: string): boolean {
  return email.toLowerCase().endsWith(`@${TEST_EMAIL_DOMAIN}`);
}

export const CREATE_USER = /* GraphQL */ `
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) { id email name role status timeZone pronouns permissions }
  }
`;

/** Creates an active user as the given admin agent and returns it with its password. */
export async function createTestUser(
  api: TestApi,
  admin: Agent,
  input: { role?: Role; label?: string; email?: string; timeZone?: string } = {},
): Promise<{ id: string; email: string; password: string; role: Role }> {
  const email = input.email ?? uniqueEmail(input.label ?? 'user');
  const password = `pw-${Math.random().toString(36).slice(2)}-long`;
  const res = await api.gql(admin, CREATE_USER, {
    input: {
      email,
      name: `Test ${email.split('@')[0]}`,
      password,
      role: input.role ?? Role.Student,
      timeZone: input.timeZone ?? 'Europe/Berlin',
    },
  });
  const user = expectNoErrors(res).createUser;
  return { id: user.id, email: user.email, password, role: user.role };
}
