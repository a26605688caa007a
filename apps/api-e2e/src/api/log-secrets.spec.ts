import { createHash } from 'node:crypto';
import { Role } from '@debrief/shared/domain';
import { createWorld, pastSession } from '../coaching/coaching.helpers';
import { CREATE_USER, createTestUser, expectNoErrors, SIGN_IN, startApi, TestApi, uniqueEmail } from '../support/api';
import { captureLogs, LogCapture } from '../support/log-capture';
import { dataSource } from '../scheduling/scheduling.helpers';

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`;
const OUTBOX = `query { outboxMessages(limit: 200) { kind to text } }`;
const REGENERATE = `mutation { regenerateCalendarFeed { httpsUrl } }`;
const CREATE_EVAL = `mutation($input: CreateEvaluationInput!) { createEvaluation(input: $input) { id } }`;
const UPDATE_EVAL = `mutation($input: UpdateEvaluationInput!) { updateEvaluation(input: $input) { id } }`;

/**
 * Nothing secret reaches the server log, whatever fails. The app runs as in production (all log
 * levels a center sees) while this process's stdout and stderr are captured; the spec provokes
 * failed statements whose parameters hold a password hash (a test-only trigger makes the INSERT or
 * UPDATE of `users` fail, as a constraint or an outage would), wrong sign-ins, bad tokens and
 * failing writes of private notes, then looks for every secret it knows in what was logged.
 */
describe('no secret in any log line', () => {
  let api: TestApi;
  let logs: LogCapture;
  const secrets = new Map<string, string>();

  beforeAll(async () => {
    logs = captureLogs();
    api = await startApi({ NODE_ENV: 'production', COOKIE_SECURE: 'false', WORKERS: 'manual', LOG_LEVEL: 'debug' });
    await dataSource(api).query(`
      CREATE OR REPLACE FUNCTION it_fail_logfail_users() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.email LIKE 'it-logfail%' AND NEW.password_hash IS NOT NULL THEN
          RAISE EXCEPTION 'simulated failure writing user %', NEW.email USING ERRCODE = 'XX000';
        END IF;
        RETURN NEW;
      END $$`);
    await dataSource(api).query(
      `CREATE TRIGGER it_fail_logfail_users BEFORE INSERT OR UPDATE ON users FOR EACH ROW EXECUTE FUNCTION it_fail_logfail_users()`,
    );
  });

  afterAll(async () => {
    logs?.stop();
    await dataSource(api).query(`DROP TRIGGER IF EXISTS it_fail_logfail_users ON users`).catch(() => undefined);
    await dataSource(api).query(`DROP FUNCTION IF EXISTS it_fail_logfail_users()`).catch(() => undefined);
    await api?.close();
  });

  it('provokes failures around passwords, sessions, feeds and private notes', async () => {
    const admin = await api.signInAs(Role.Admin);

    // A user INSERT that fails after hashing: its parameters hold the argon2 hash.
    const failingPassword = `logfail-password-${Date.now()}`;
    const failed = await api.gql(admin, CREATE_USER, {
      input: { email: uniqueEmail('logfail'), name: 'Log Fail', password: failingPassword, role: Role.Student, timeZone: 'UTC' },
    });
    expect(failed.errors?.length).toBeGreaterThan(0);
    secrets.set('password of a failed insert', failingPassword);

    // A duplicate insert (the unique violation the service turns into CONFLICT).
    const user = await createTestUser(api, admin, { label: 'logsecret' });
    secrets.set('password', user.password);
    const duplicate = await api.gql(admin, CREATE_USER, {
      input: { email: user.email, name: 'Dup', password: 'duplicate-password-xyz', role: Role.Student, timeZone: 'UTC' },
    });
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    secrets.set('password of a duplicate', 'duplicate-password-xyz');
    const [{ password_hash: hash }] = (await dataSource(api).query(`SELECT password_hash FROM users WHERE id = $1`, [user.id])) as {
      password_hash: string;
    }[];
    expect(hash).toMatch(/^\$argon2id\$/);
    secrets.set('password hash', hash);
    secrets.set('password hash digest', hash.split('$').at(-1) as string);

    // Wrong sign-ins, including a NUL, then a right one: its session token and the token's hash.
    for (const password of ['wrong-password-secret-1', 'wrong\u0000password-secret-2']) {
      const res = await api.gql(api.agent(), SIGN_IN, { input: { email: user.email, password } });
      expect(res.errors?.length).toBeGreaterThan(0);
      secrets.set(`wrong password ${password.length}`, password.replace('\u0000', ''));
    }
    const signIn = await api.agent().post('/graphql').send({ query: SIGN_IN, variables: { input: { email: user.email, password: user.password } } });
    const cookie = String(signIn.headers['set-cookie']?.[0] ?? '');
    const token = /debrief_session=([^;]+)/.exec(cookie)?.[1];
    expect(token).toBeTruthy();
    secrets.set('session token', token as string);
    secrets.set('session token hash', createHash('sha256').update(token as string).digest('hex'));
    const forged = await api.agent().post('/graphql').set('Cookie', 'debrief_session=forged-session-token-secret').send({ query: '{ me { id } }' });
    expect(forged.status).toBeLessThan(500);
    secrets.set('forged session token', 'forged-session-token-secret');

    // Feeds: a real token, a bad one and one with a NUL.
    const student = await api.signInAs(user.email, user.password);
    const feedUrl = expectNoErrors(await api.gql(student, REGENERATE)).regenerateCalendarFeed.httpsUrl as string;
    const feedToken = /\/feed\/([^/.]+)\.ics$/.exec(new URL(feedUrl).pathname)?.[1] as string;
    secrets.set('feed token', feedToken);
    expect((await api.agent().get(new URL(feedUrl).pathname)).status).toBe(200);
    for (const bad of ['bad-feed-token-secret-aaaaaaaaaaaaaaaaaaaaaaaaaa', 'bad%00feed-token-secret']) {
      expect((await api.agent().get(`/calendar/feed/${bad}.ics`)).status).toBeLessThan(500);
    }
    secrets.set('bad feed token', 'bad-feed-token-secret-aaaaaaaaaaaaaaaaaaaaaaaaaa');

    // An invitation: a wrong token, then the right one with an UPDATE of users that fails.
    const inviteEmail = uniqueEmail('logfail-invite');
    expectNoErrors(await api.gql(admin, INVITE, { input: { email: inviteEmail, name: 'Invited', role: Role.Student } }));
    const messages = expectNoErrors(await api.gql(admin, OUTBOX)).outboxMessages as { kind: string; to: string; text: string }[];
    const text = messages.find((m) => m.to === inviteEmail && m.kind === 'invitation')?.text ?? '';
    const inviteToken = decodeURIComponent(/accept-invite\?token=([^\s"'<>&]+)/.exec(text)?.[1] ?? '');
    expect(inviteToken.length).toBeGreaterThan(20);
    secrets.set('invitation token', inviteToken);
    // The portal's accept page carries the token in its query string: the request log must not.
    expect((await api.agent().get(`/accept-invite?token=${encodeURIComponent(inviteToken)}`)).status).toBeLessThan(500);
    const wrongAccept = await api.gql(api.agent(), ACCEPT, { input: { token: 'wrong-invite-token-secret', password: 'invite-password-secret-1' } });
    expect(wrongAccept.errors?.length).toBeGreaterThan(0);
    const failedAccept = await api.gql(api.agent(), ACCEPT, { input: { token: inviteToken, password: 'invite-password-secret-2' } });
    expect(failedAccept.errors?.length).toBeGreaterThan(0);
    secrets.set('wrong invitation token', 'wrong-invite-token-secret');
    secrets.set('invitation password', 'invite-password-secret-1');
    secrets.set('invitation password of a failed update', 'invite-password-secret-2');

    // Private notes: saved, then a failing update (a NUL makes PostgreSQL refuse the statement).
    const world = await createWorld(api, admin, await api.signInAs(Role.Staff), 'logsecret');
    const bookingId = await pastSession(api, { typeId: world.behavioral.id, coachId: world.coach.id, studentId: world.student.id });
    const coach = world.coach.agent;
    const notes = `PRIVATE-LOG-SENTINEL-${Date.now()}`;
    const created = await api.gql(coach, CREATE_EVAL, { input: { bookingId, privateNotes: notes } });
    const evaluationId = expectNoErrors(created).createEvaluation.id as string;
    secrets.set('private notes', notes);
    const update = await api.gql(coach, UPDATE_EVAL, { input: { evaluationId, privateNotes: `${notes}-again\u0000` } });
    expect(update.status).toBeLessThan(500);
    secrets.set('private notes of a failed update', `${notes}-again`);
  });

  it('logged none of them (and did log the failures)', () => {
    logs.stop();
    const text = logs.text();
    // The failures were logged (so the assertion below is about a log that has something in it).
    expect(text).toMatch(/simulated failure writing user/);
    const leaked = [...secrets].filter(([, value]) => text.includes(value)).map(([name]) => name);
    expect(leaked).toEqual([]);
    expect(text).not.toMatch(/\$argon2(id|i|d)\$/);
  });
});
