import { ErrorCode, permissionsOf, Role } from '@debrief/shared/domain';
import {
  Agent,
  CREATE_USER,
  DEMO_ACCOUNTS,
  errorCode,
  expectNoErrors,
  ME,
  SIGN_IN,
  startApi,
  TestApi,
  uniqueEmail,
} from '../support/api';

const CHANGE_ROLE = `
  mutation ChangeRole($input: ChangeRoleInput!) {
    changeUserRole(input: $input) { id email role permissions }
  }
`;
const INVITE = `
  mutation Invite($input: InviteUserInput!) {
    inviteUser(input: $input) { id email name role status }
  }
`;
const ACCEPT = `
  mutation Accept($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) { id email name role status }
  }
`;
const OUTBOX = `
  query Outbox($limit: Int!) {
    outboxMessages(limit: $limit) { id kind to subject text html status createdAt }
  }
`;
const USERS = `
  query Users($filter: UserFilterInput) {
    users(filter: $filter) { id email role status }
  }
`;

interface OutboxMessage {
  id: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  status: string;
}

function acceptToken(message: OutboxMessage): string {
  const match = /\/accept-invite\?token=([^\s"'<>&]+)/.exec(message.text);
  if (!match) throw new Error(`No accept link in the invitation text:\n${message.text}`);
  return decodeURIComponent(match[1]);
}

describe('user administration', () => {
  let api: TestApi;
  let admin: Agent;

  beforeAll(async () => {
    api = await startApi();
    admin = await api.signInAs(Role.Admin);
  });

  afterAll(async () => {
    await api?.close();
  });

  async function findInvitation(agent: Agent, to: string): Promise<OutboxMessage | undefined> {
    const messages = expectNoErrors(await api.gql(agent, OUTBOX, { limit: 200 })).outboxMessages as OutboxMessage[];
    return messages.find((m) => m.to.toLowerCase() === to.toLowerCase() && m.kind === 'invitation');
  }

  describe('createUser', () => {
    it('creates an active user who can sign in with the given password', async () => {
      const email = uniqueEmail('created');
      const res = await api.gql(admin, CREATE_USER, {
        // Not COACH: the coaches spec counts the directory, and the specs share one database.
        input: { email, name: 'Created Person', password: 'created-password-1', role: Role.Staff, timeZone: 'Asia/Kolkata' },
      });
      const user = expectNoErrors(res).createUser;
      expect(user).toMatchObject({ email, name: 'Created Person', role: Role.Staff, status: 'ACTIVE', timeZone: 'Asia/Kolkata' });
      expect(user.id).toMatch(/^[0-9a-f-]{36}$/i);

      const agent = await api.signInAs(email, 'created-password-1');
      expect(expectNoErrors(await api.gql(agent, ME)).me).toMatchObject({ id: user.id, role: Role.Staff });
    });

    it('refuses a taken email with CONFLICT', async () => {
      const email = uniqueEmail('taken');
      const input = { email, name: 'First', password: 'first-password-1', role: Role.Student, timeZone: 'UTC' };
      expectNoErrors(await api.gql(admin, CREATE_USER, { input }));
      const again = await api.gql(admin, CREATE_USER, { input: { ...input, name: 'Second' } });
      expect(errorCode(again)).toBe(ErrorCode.Conflict);
    });

    it('treats emails case-insensitively: Student@Debrief.example is taken', async () => {
      const res = await api.gql(admin, CREATE_USER, {
        input: {
          email: 'Student@Debrief.example',
          name: 'Impostor',
          password: 'impostor-password',
          role: Role.Admin,
          timeZone: 'UTC',
        },
      });
      expect(errorCode(res)).toBe(ErrorCode.Conflict);
      // And the real student is untouched.
      const student = await api.signInAs(Role.Student);
      expect(expectNoErrors(await api.gql(student, ME)).me.role).toBe(Role.Student);
    });

    it('stores a new email in a form that signs in whatever the case', async () => {
      const email = uniqueEmail('mixed').replace(/^it/, 'It');
      expectNoErrors(
        await api.gql(admin, CREATE_USER, {
          input: { email, name: 'Mixed Case', password: 'mixed-case-password', role: Role.Student, timeZone: 'UTC' },
        }),
      );
      await expect(api.signInAs(email.toLowerCase(), 'mixed-case-password')).resolves.toBeDefined();
      await expect(api.signInAs(email.toUpperCase(), 'mixed-case-password')).resolves.toBeDefined();
    });

    it('is FORBIDDEN to staff', async () => {
      const staff = await api.signInAs(Role.Staff);
      const res = await api.gql(staff, CREATE_USER, {
        input: { email: uniqueEmail('bystaff'), name: 'Nope', password: 'nope-password-1', role: Role.Admin, timeZone: 'UTC' },
      });
      expect(errorCode(res)).toBe(ErrorCode.Forbidden);
    });
  });

  describe('changeUserRole', () => {
    it('changes the role, and the user gets the new role’s permissions', async () => {
      const email = uniqueEmail('promoted');
      const created = expectNoErrors(
        await api.gql(admin, CREATE_USER, {
          input: { email, name: 'To Promote', password: 'promote-password', role: Role.Student, timeZone: 'UTC' },
        }),
      ).createUser;

      const res = await api.gql(admin, CHANGE_ROLE, { input: { userId: created.id, role: Role.Staff } });
      expect(expectNoErrors(res).changeUserRole).toMatchObject({ id: created.id, role: Role.Staff });

      const agent = await api.signInAs(email, 'promote-password');
      const me = expectNoErrors(await api.gql(agent, ME)).me;
      expect(me.role).toBe(Role.Staff);
      expect([...me.permissions].sort()).toEqual(permissionsOf(Role.Staff).map(String).sort());
      expect(errorCode(await api.gql(agent, USERS))).toBeUndefined();
    });

    it('answers NOT_FOUND for an unknown user id', async () => {
      const res = await api.gql(admin, CHANGE_ROLE, {
        input: { userId: '00000000-0000-4000-8000-000000000000', role: Role.Staff },
      });
      expect(errorCode(res)).toBe(ErrorCode.NotFound);
    });

    it('answers BAD_USER_INPUT for a malformed user id', async () => {
      const res = await api.gql(admin, CHANGE_ROLE, { input: { userId: 'not-a-uuid', role: Role.Staff } });
      expect(errorCode(res)).toBe(ErrorCode.BadUserInput);
    });
  });

  describe('inviteUser and acceptInvitation', () => {
    const password = 'invited-password-1';
    let email: string;
    let invitedId: string;
    let token: string;

    beforeAll(async () => {
      email = uniqueEmail('invited');
      const res = await api.gql(admin, INVITE, {
        input: { email, name: 'Invited Person', role: Role.Student, timeZone: 'America/Denver' },
      });
      const invited = expectNoErrors(res).inviteUser;
      invitedId = invited.id;
      expect(invited).toMatchObject({ email, name: 'Invited Person', role: Role.Student, status: 'INVITED' });
      const message = await findInvitation(admin, email);
      if (!message) throw new Error(`No invitation to ${email} in the outbox`);
      token = acceptToken(message);
    });

    it('writes an invitation to the outbox with an accept link, readable by staff', async () => {
      const staff = await api.signInAs(Role.Staff);
      const message = await findInvitation(staff, email);
      expect(message).toMatchObject({ kind: 'invitation', to: email });
      expect(message?.subject.length).toBeGreaterThan(0);
      expect(message?.text).toContain(`/accept-invite?token=`);
      expect(token.length).toBeGreaterThanOrEqual(16);
    });

    it('lists the invited user as INVITED', async () => {
      const users = expectNoErrors(await api.gql(admin, USERS, { filter: { search: email } })).users;
      expect(users).toEqual([expect.objectContaining({ id: invitedId, email, status: 'INVITED' })]);
    });

    it('does not let an invited user sign in before accepting', async () => {
      const res = await api.gql(api.agent(), SIGN_IN, { input: { email, password } });
      expect(errorCode(res)).toBe(ErrorCode.Unauthenticated);
    });

    it('refuses inviting an address that is already taken', async () => {
      const res = await api.gql(admin, INVITE, {
        input: { email: email.toUpperCase(), name: 'Again', role: Role.Student },
      });
      expect(errorCode(res)).toBe(ErrorCode.Conflict);
    });

    it('refuses a bogus token', async () => {
      const res = await api.gql(api.agent(), ACCEPT, { input: { token: 'bogus-token-0123456789', password } });
      expect([ErrorCode.BadUserInput, ErrorCode.NotFound]).toContain(errorCode(res));
    });

    it('accepts the invitation: the user becomes ACTIVE and is signed in', async () => {
      const agent = api.agent();
      const res = await api.gql(agent, ACCEPT, { input: { token, password } });
      expect(expectNoErrors(res).acceptInvitation).toMatchObject({ id: invitedId, email, status: 'ACTIVE' });
      expect(expectNoErrors(await api.gql(agent, ME)).me).toMatchObject({ id: invitedId, email, role: Role.Student });
    });

    it('lets the user sign in with the chosen password afterwards', async () => {
      const agent = await api.signInAs(email, password);
      expect(expectNoErrors(await api.gql(agent, ME)).me.status).toBe('ACTIVE');
    });

    it('refuses the same token a second time', async () => {
      const res = await api.gql(api.agent(), ACCEPT, { input: { token, password: 'another-password-2' } });
      expect([ErrorCode.BadUserInput, ErrorCode.NotFound]).toContain(errorCode(res));
      // The password chosen first still works.
      await expect(api.signInAs(email, password)).resolves.toBeDefined();
    });
  });

  describe('reading users and the outbox', () => {
    it.each([Role.Student, Role.Coach])('forbids the users list to %s', async (role) => {
      const agent = await api.signInAs(role);
      const res = await api.gql(agent, USERS);
      expect(errorCode(res)).toBe(ErrorCode.Forbidden);
      expect(res.data?.users ?? null).toBeNull();
    });

    it.each([Role.Student, Role.Coach])('forbids the outbox to %s', async (role) => {
      const agent = await api.signInAs(role);
      expect(errorCode(await api.gql(agent, OUTBOX, { limit: 5 }))).toBe(ErrorCode.Forbidden);
    });

    it.each([Role.Staff, Role.Admin])('lets %s list and filter users', async (role) => {
      const agent = await api.signInAs(role);
      const all = expectNoErrors(await api.gql(agent, USERS)).users as { email: string; role: Role }[];
      expect(all.map((u) => u.email)).toEqual(expect.arrayContaining(Object.values(DEMO_ACCOUNTS)));

      const coaches = expectNoErrors(await api.gql(agent, USERS, { filter: { role: Role.Coach } })).users as {
        role: Role;
      }[];
      expect(coaches.length).toBeGreaterThan(0);
      expect(coaches.every((u) => u.role === Role.Coach)).toBe(true);

      const found = expectNoErrors(await api.gql(agent, USERS, { filter: { search: 'student@debrief' } })).users;
      expect(found.map((u: { email: string }) => u.email)).toContain(DEMO_ACCOUNTS[Role.Student]);
    });
  });
});
