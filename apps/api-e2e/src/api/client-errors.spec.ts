import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorCode, Role } from '@debrief/shared/domain';
import request from 'supertest';
import { Agent, CREATE_USER, errorCode, expectNoErrors, GqlResponse, startApi, TestApi, uniqueEmail } from '../support/api';

/**
 * Client mistakes answer as client errors (issue 10): text PostgreSQL cannot store, impossible
 * dates, and transport-level mistakes. Never INTERNAL_SERVER_ERROR, never a 5xx, never a stack.
 */
function expectBadInput(res: GqlResponse, field: string): void {
  expect({ status: res.status < 500, code: errorCode(res), field: res.errors?.[0]?.extensions?.['field'] }).toEqual({
    status: true,
    code: ErrorCode.BadUserInput,
    field,
  });
  expect(res.errors?.[0]?.message).toContain(field.split('.').pop() as string);
}

describe('client mistakes in arguments', () => {
  let api: TestApi;
  let admin: Agent;
  let staff: Agent;
  let student: Agent;

  beforeAll(async () => {
    api = await startApi();
    admin = await api.signInAs(Role.Admin);
    staff = await api.signInAs(Role.Staff);
    student = await api.signInAs(Role.Student);
  });

  afterAll(async () => {
    await api?.close();
  });

  describe('NUL (U+0000) and lone surrogates in any string argument', () => {
    it.each([
      ['a search filter', `query($f: UserFilterInput) { users(filter: $f) { id } }`, { f: { search: 'ann\u0000' } }, 'search'],
      ['a coach search', `query($f: CoachFilterInput) { coaches(filter: $f) { id } }`, { f: { search: '\u0000' } }, 'search'],
      ['a profile name', `mutation($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }`, { i: { name: 'Jo\u0000rdan' } }, 'name'],
      ['a name with a lone surrogate', `mutation($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }`, { i: { name: 'Jordan \ud83d' } }, 'name'],
      ['a closure reason', `mutation($i: AddClosureInput!) { addClosure(input: $i) { id } }`, { i: { startDate: '2031-01-02', endDate: '2031-01-02', reason: 'snow\u0000' } }, 'reason'],
      ['a journal entry', `mutation($i: JournalEntryInput!) { addJournalEntry(input: $i) { id } }`, { i: { practisedOn: '2026-03-02', practised: 'STAR\u0000' } }, 'practised'],
    ])('refuses %s with BAD_USER_INPUT naming the field', async (_label, query, variables, field) => {
      const who = field === 'search' ? admin : field === 'reason' ? staff : student;
      expectBadInput(await api.gql(who, query, variables), field);
    });

    it('refuses a lone surrogate in a new user’s email, and stores nothing', async () => {
      const email = uniqueEmail('surrogate').replace('@', '\udc00@');
      const res = await api.gql(admin, CREATE_USER, {
        input: { email, name: 'Lone Surrogate', password: 'a-long-enough-password', role: Role.Student, timeZone: 'UTC' },
      });
      expectBadInput(res, 'email');
    });

    it('refuses a lone surrogate in a name instead of storing U+FFFD', async () => {
      const email = uniqueEmail('fffd');
      const res = await api.gql(admin, CREATE_USER, {
        input: { email, name: 'Zo\ud800e', password: 'a-long-enough-password', role: Role.Student, timeZone: 'UTC' },
      });
      expectBadInput(res, 'name');
      const found = await api.gql(admin, `query($f: UserFilterInput) { users(filter: $f) { id } }`, { f: { search: email } });
      expect(expectNoErrors(found).users).toEqual([]);
    });

    it('keeps accepting emoji and accents (surrogate pairs are fine)', async () => {
      const res = await api.gql(admin, CREATE_USER, {
        input: { email: uniqueEmail('emoji'), name: 'Zoë 😀 Müller', password: 'a-long-enough-password', role: Role.Student, timeZone: 'UTC' },
      });
      expect(expectNoErrors(res).createUser.name).toBe('Zoë 😀 Müller');
    });
  });

  it('refuses an explicit null for a profile field the database requires (found by the fuzz), naming it', async () => {
    const res = await api.gql(student, `mutation($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }`, { i: { timeZone: null } });
    expectBadInput(res, 'timeZone');
    expect(expectNoErrors(await api.gql(student, `{ me { timeZone } }`)).me.timeZone).toEqual(expect.any(String));
  });

  describe('impossible dates', () => {
    const closure = (startDate: string) => ({ i: { startDate, endDate: '2031-03-01', reason: 'test' } });
    it.each(['2031-02-30', '2031-13-01', '0000-01-01', '9999-01-01'])('refuses closure start %s, naming the field', async (date) => {
      expectBadInput(await api.gql(staff, `mutation($i: AddClosureInput!) { addClosure(input: $i) { id } }`, closure(date)), 'startDate');
    });

    it('refuses February 30 as a journal date, naming the field', async () => {
      const res = await api.gql(student, `mutation($i: JournalEntryInput!) { addJournalEntry(input: $i) { id } }`, {
        i: { practisedOn: '2026-02-30', practised: 'mock interview' },
      });
      expectBadInput(res, 'practisedOn');
    });

    const SLOTS = `query($i: SlotSearchInput!) { availableSlots(input: $i) { start } }`;
    const slotInput = (from: unknown) => ({ i: { sessionTypeId: '00000000-0000-4000-8000-000000000000', from, to: '2031-01-10T00:00:00Z' } });

    it.each([
      ['no zone', '2031-01-05T10:00:00'],
      ['a bare number', 1925000000000],
      ['February 30', '2031-02-30T10:00:00Z'],
      ['month 13', '2031-13-01T10:00:00Z'],
      ['year 0000', '0000-01-01T00:00:00Z'],
      ['year 9999', '9999-12-31T23:59:59Z'],
      ['the JavaScript maximum', '+275760-09-13T00:00:00.000Z'],
    ])('refuses a DateTime variable with %s, naming the field', async (_label, from) => {
      expectBadInput(await api.gql(student, SLOTS, slotInput(from)), 'i.from');
    });

    it.each([
      ['no zone', '"2031-01-05T10:00:00"'],
      ['a bare number', '1925000000000'],
      ['February 30', '"2031-02-30T10:00:00Z"'],
      ['year 9999', '"9999-12-31T23:59:59Z"'],
    ])('refuses a DateTime literal with %s alike, naming the field', async (_label, literal) => {
      const query = `{ availableSlots(input: { sessionTypeId: "00000000-0000-4000-8000-000000000000", from: ${literal}, to: "2031-01-10T00:00:00Z" }) { start } }`;
      expectBadInput(await api.gql(student, query), 'input.from');
    });

    it('still accepts an offset date-time and answers in UTC', async () => {
      const types = expectNoErrors(await api.gql(student, `{ sessionTypes { id } }`)).sessionTypes as { id: string }[];
      const res = await api.gql(student, SLOTS, {
        i: { sessionTypeId: types[0].id, from: '2031-01-06T09:00:00-06:00', to: '2031-01-07T09:00:00-06:00' },
      });
      const slots = expectNoErrors(res).availableSlots as { start: string }[];
      for (const slot of slots) expect(slot.start).toMatch(/Z$/);
    });
  });
});

describe('client mistakes in the transport', () => {
  let api: TestApi;
  let portal: string;

  beforeAll(async () => {
    // What `npm start` serves: the portal's files next to /graphql (where body errors became 404).
    portal = mkdtempSync(join(tmpdir(), 'debrief-portal-'));
    writeFileSync(join(portal, 'index.html'), '<!doctype html><title>Debrief</title>');
    api = await startApi({ PORTAL_DIST: portal, NODE_ENV: 'development' });
  });

  afterAll(async () => {
    await api?.close();
    rmSync(portal, { recursive: true, force: true });
  });

  const post = (body: string | object, type = 'application/json') =>
    request(api.server).post('/graphql').set('Content-Type', type).set('Accept', 'application/json').send(body);

  function expectCoded(res: request.Response, status: number, code: string): void {
    expect({ status: res.status, type: res.type, code: res.body?.errors?.[0]?.extensions?.code }).toEqual({ status, type: 'application/json', code });
    expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|\bat .+\.(js|ts):\d+/);
  }

  it('answers a syntax error with 400 and BAD_USER_INPUT', async () => {
    expectCoded(await post({ query: '{ me { ' }), 400, ErrorCode.BadUserInput);
  });

  it('answers a document over the token limit with 400 and BAD_USER_INPUT', async () => {
    const query = `{ ${Array.from({ length: 800 }, () => 'me { id }').join(' ')} }`;
    const res = await post({ query });
    expectCoded(res, 400, ErrorCode.BadUserInput);
    expect(res.body.errors[0].message).toMatch(/tokens/);
  });

  it('answers an unknown persisted-query hash with PERSISTED_QUERY_NOT_FOUND', async () => {
    const res = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
    expect(res.status).toBeLessThan(500);
    expect(res.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('answers a subscription with 400 and BAD_USER_INPUT', async () => {
    expectCoded(await post({ query: 'subscription { me { id } }' }), 400, ErrorCode.BadUserInput);
  });

  it('answers malformed JSON with 400 and a coded GraphQL body', async () => {
    expectCoded(await post('{"query": "{ me { id } }"', 'application/json'), 400, ErrorCode.BadUserInput);
  });

  it('answers a body over the size limit with 413 and a coded GraphQL body', async () => {
    const res = await post({ query: '{ me { id } }', variables: { pad: 'x'.repeat(300_000) } });
    expectCoded(res, 413, ErrorCode.BadUserInput);
    expect(res.body.errors[0].message).toMatch(/larger than/);
  });

  it('puts no stack trace into any error in development mode', async () => {
    const agent = api.agent();
    const results = await Promise.all([
      api.gql(agent, `{ users { id } }`),
      api.gql(agent, `{ nope }`),
      api.gql(agent, `mutation S($i: SignInInput!) { signIn(input: $i) { id } }`, { i: { email: 42, password: 'x' } }),
      api.gql(agent, `mutation S($i: SignInInput!) { signIn(input: $i) { id } }`, { i: { email: 'nobody@example.org', password: 'wrong-password' } }),
    ]);
    for (const res of results) {
      expect(res.errors?.length ?? 0).toBeGreaterThan(0);
      for (const error of res.errors ?? []) {
        expect(error.extensions?.stacktrace).toBeUndefined();
        expect(JSON.stringify(error)).not.toMatch(/\bat .+\.(js|ts):\d+/);
      }
    }
  });
});
