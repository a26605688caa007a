import { ErrorCode, Role } from '@debrief/shared/domain';
import { getIntrospectionQuery } from 'graphql';
import { DEMO_ACCOUNTS, errorCode, expectNoErrors, GqlResponse, startApi, TestApi } from '../support/api';

/** Rejected before execution: errors, and no data for the operation. */
function expectRejected(res: GqlResponse): void {
  expect(res.errors?.length ?? 0).toBeGreaterThan(0);
  expect(res.data ?? null).toBeNull();
  expect(errorCode(res)).not.toBe(ErrorCode.InternalServerError);
}

function nestedOfType(levels: number): string {
  let selection = 'name';
  for (let i = 0; i < levels; i++) selection = `ofType { ${selection} }`;
  return selection;
}

describe('GraphQL hardening', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('executes an ordinary query with a few aliases', async () => {
    const agent = await api.signInAs(Role.Student);
    const res = await api.gql(agent, `{ a: me { id } b: me { email } c: coaches { id } }`);
    const data = expectNoErrors(res);
    expect(data.a.id).toEqual(expect.any(String));
    expect(data.b.email).toBe(DEMO_ACCOUNTS[Role.Student]);
    expect(data.c.length).toBeGreaterThan(0);
  });

  it('rejects a query with 30 aliases', async () => {
    const agent = await api.signInAs(Role.Student);
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: me { id }`).join('\n');
    expectRejected(await api.gql(agent, `{ ${aliases} }`));
  });

  it('rejects a query nested 20 levels deep', async () => {
    const agent = await api.signInAs(Role.Student);
    const res = await api.gql(agent, `{ __type(name: "User") { fields { type { ${nestedOfType(17)} } } } }`);
    expectRejected(res);
  });

  it('serves introspection outside production', async () => {
    const res = await api.gql(api.agent(), getIntrospectionQuery());
    expect(res.errors).toBeUndefined();
    expect(res.data?.__schema?.queryType?.name).toBe('Query');
  });
});

describe('GraphQL in production mode', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startApi({
      NODE_ENV: 'production',
      PUBLIC_URL: 'http://127.0.0.1:3000',
      COOKIE_SECURE: 'false',
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('refuses introspection', async () => {
    const res = await api.gql(api.agent(), getIntrospectionQuery());
    expectRejected(res);
    const typeQuery = await api.gql(api.agent(), `{ __type(name: "User") { name fields { name } } }`);
    expect(typeQuery.data?.__type ?? null).toBeNull();
    expect(typeQuery.errors?.length ?? 0).toBeGreaterThan(0);
  });

  it('still answers ordinary operations', async () => {
    const res = await api.gql(api.agent(), `{ me { id } }`);
    expect(res).toMatchObject({ data: { me: null } });
    expect(res.errors).toBeUndefined();
  });

  it('puts no stack trace into errors', async () => {
    const unauthenticated = await api.gql(api.agent(), `{ users { id } }`);
    expect(errorCode(unauthenticated)).toBe(ErrorCode.Unauthenticated);
    const badInput = await api.gql(api.agent(), `mutation S($i: SignInInput!) { signIn(input: $i) { id } }`, {
      i: { email: 42, password: 'x' },
    });
    expect(errorCode(badInput)).toBe(ErrorCode.BadUserInput);
    const unknownField = await api.gql(api.agent(), `{ nope }`);
    expect(unknownField.errors?.length ?? 0).toBeGreaterThan(0);

    for (const res of [unauthenticated, badInput, unknownField]) {
      for (const error of res.errors ?? []) {
        expect(error.extensions?.stacktrace).toBeUndefined();
        expect(JSON.stringify(error)).not.toMatch(/\bat .+\.(js|ts):\d+/);
      }
    }
  });
});
