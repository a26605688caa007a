import { ErrorCode, LIMITS, Role } from '@debrief/shared/domain';
import {
  Agent,
  CREATE_USER,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  errorCode,
  expectNoErrors,
  GqlResponse,
  SIGN_IN,
  startApi,
  TestApi,
  uniqueEmail,
} from '../support/api';

const UPDATE_PROFILE = `
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateMyProfile(input: $input) { id name pronouns timeZone }
  }
`;

/** The rejection is BAD_USER_INPUT and its message names the offending field. */
function expectBadInput(res: GqlResponse, field: string): void {
  expect({ code: errorCode(res), message: res.errors?.[0]?.message }).toEqual({
    code: ErrorCode.BadUserInput,
    message: expect.stringMatching(new RegExp(`\\b${field}\\b`, 'i')),
  });
}

function validUser(overrides: Record<string, unknown> = {}) {
  return {
    email: uniqueEmail('valid'),
    name: 'Valid Name',
    password: 'a-long-enough-password',
    role: Role.Student,
    timeZone: 'America/Chicago',
    ...overrides,
  };
}

describe('input validation', () => {
  let api: TestApi;
  let admin: Agent;

  beforeAll(async () => {
    api = await startApi();
    admin = await api.signInAs(Role.Admin);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('rejects an unknown input field, naming it', async () => {
    const res = await api.gql(api.agent(), SIGN_IN, {
      input: { email: DEMO_ACCOUNTS[Role.Student], password: DEMO_PASSWORD, foo: 'bar' },
    });
    expectBadInput(res, 'foo');
    expect(res.data?.signIn ?? null).toBeNull();
  });

  it('rejects an unknown input field written inline in the query, naming it', async () => {
    const res = await api.gql(
      api.agent(),
      `mutation { signIn(input: { email: "${DEMO_ACCOUNTS[Role.Student]}", password: "${DEMO_PASSWORD}", foo: "bar" }) { id } }`,
    );
    expectBadInput(res, 'foo');
  });

  it('rejects a number where a string is expected, naming the field', async () => {
    const res = await api.gql(api.agent(), SIGN_IN, { input: { email: 42, password: DEMO_PASSWORD } });
    expectBadInput(res, 'email');
  });

  it('rejects an invalid email address, naming the field', async () => {
    const res = await api.gql(admin, CREATE_USER, { input: validUser({ email: 'not-an-email' }) });
    expectBadInput(res, 'email');
  });

  it('rejects an unknown IANA time zone, naming the field', async () => {
    const res = await api.gql(admin, CREATE_USER, { input: validUser({ timeZone: 'Mars/Olympus' }) });
    expectBadInput(res, 'timeZone');
  });

  it(`rejects a password shorter than ${LIMITS.passwordMin} characters, naming the field`, async () => {
    const res = await api.gql(admin, CREATE_USER, {
      input: validUser({ password: 'x'.repeat(LIMITS.passwordMin - 1) }),
    });
    expectBadInput(res, 'password');
  });

  it('rejects an unknown role, naming the field', async () => {
    const res = await api.gql(admin, CREATE_USER, { input: validUser({ role: 'SUPERUSER' }) });
    expectBadInput(res, 'role');
  });

  it(`rejects a name longer than ${LIMITS.nameMax} characters, naming the field`, async () => {
    const res = await api.gql(admin, CREATE_USER, { input: validUser({ name: 'n'.repeat(LIMITS.nameMax + 1) }) });
    expectBadInput(res, 'name');
  });

  it('creates nothing when the input is rejected', async () => {
    const email = uniqueEmail('rejected');
    await api.gql(admin, CREATE_USER, { input: validUser({ email, timeZone: 'Mars/Olympus' }) });
    const res = await api.gql(admin, `query U($f: UserFilterInput) { users(filter: $f) { email } }`, {
      f: { search: email },
    });
    expect(expectNoErrors(res).users).toEqual([]);
  });

  it('accepts the same input once it is valid', async () => {
    const input = validUser();
    const res = await api.gql(admin, CREATE_USER, { input });
    expect(expectNoErrors(res).createUser).toMatchObject({ email: input.email, timeZone: 'America/Chicago' });
  });

  describe('updateMyProfile', () => {
    let user: Agent;
    let email: string;

    beforeAll(async () => {
      const input = validUser({ email: uniqueEmail('profile'), timeZone: 'Europe/Paris' });
      expectNoErrors(await api.gql(admin, CREATE_USER, { input }));
      email = input.email;
      user = await api.signInAs(email, input.password);
    });

    it('rejects an unknown time zone, naming the field, and keeps the old one', async () => {
      const res = await api.gql(user, UPDATE_PROFILE, { input: { timeZone: 'Mars/Olympus' } });
      expectBadInput(res, 'timeZone');
      const me = expectNoErrors(await api.gql(user, `{ me { email timeZone } }`)).me;
      expect(me).toEqual({ email, timeZone: 'Europe/Paris' });
    });

    it('saves a valid time zone, name and pronouns', async () => {
      const res = await api.gql(user, UPDATE_PROFILE, {
        input: { timeZone: 'Asia/Tokyo', name: 'Renamed Person', pronouns: 'they/them' },
      });
      expect(expectNoErrors(res).updateMyProfile).toMatchObject({
        name: 'Renamed Person',
        pronouns: 'they/them',
        timeZone: 'Asia/Tokyo',
      });
      expect(expectNoErrors(await api.gql(user, `{ me { timeZone } }`)).me.timeZone).toBe('Asia/Tokyo');
    });

    it(`rejects pronouns longer than ${LIMITS.pronounsMax} characters, naming the field`, async () => {
      const res = await api.gql(user, UPDATE_PROFILE, { input: { pronouns: 'p'.repeat(LIMITS.pronounsMax + 1) } });
      expectBadInput(res, 'pronouns');
    });
  });
});
