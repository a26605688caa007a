import { Role } from '@debrief/shared/domain';
import ICAL from 'ical.js';
import { Agent, createTestUser, expectNoErrors, startApi, TestApi } from '../support/api';
import { BOOK, bookingOf, CANCEL, dataSource, RESCHEDULE, retireCoaches, retireTypes } from '../scheduling/scheduling.helpers';
import { bookFor, MailWorld, mailWorld, workers } from './notifications.helpers';

const OUTBOX = /* GraphQL */ `
  query Outbox($statuses: [OutboxStatus!]) {
    outboxMessages(limit: 200, statuses: $statuses) { id kind to subject text html status messageId calendarMethod calendarIcs attempts lastError sentAt }
  }
`;
const FEED = /* GraphQL */ `{ myCalendarFeed { active createdAt lastUsedAt } }`;
const REGENERATE = /* GraphQL */ `mutation { regenerateCalendarFeed { httpsUrl webcalUrl createdAt } }`;
const REVOKE = /* GraphQL */ `mutation { revokeCalendarFeed { active } }`;

interface Message {
  id: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  status: string;
  messageId: string;
  calendarMethod: string | null;
  calendarIcs: string | null;
}

const events = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => ({
    uid: e.getFirstPropertyValue('uid') as string,
    status: e.getFirstPropertyValue('status') as string,
    sequence: Number(e.getFirstPropertyValue('sequence')),
  }));

describe('dev outbox, reminders, calendar feeds and .ics downloads (no SMTP configured)', () => {
  let api: TestApi;
  let admin: Agent;
  let staff: Agent;
  let world: MailWorld;

  beforeAll(async () => {
    api = await startApi({ WORKERS: 'manual', SMTP_URL: undefined, REMINDER_OFFSETS: '1440,60' });
    admin = await api.signInAs(Role.Admin);
    staff = await api.signInAs(Role.Staff);
    world = await mailWorld(api, admin, staff, 'America/New_York', 'feed-coach');
  });

  afterAll(async () => {
    await retireCoaches(api, admin, [world?.coach]);
    await retireTypes(api, staff, [world?.type]);
    await api?.close();
  });

  const outbox = async (to: string): Promise<Message[]> =>
    (expectNoErrors(await api.gql(staff, OUTBOX)).outboxMessages as Message[]).filter((m) => m.to === to).reverse();

  it('captures a student’s own booking confirmation with its invite in the dev outbox, never sending it', async () => {
    const student = await createTestUser(api, admin, { role: Role.Student, label: 'outbox-student', timeZone: 'Europe/Berlin' });
    const agent = await api.signInAs(student.email, student.password);
    const booking = bookingOf(await api.gql(agent, BOOK, { input: { sessionTypeId: world.type.id, coachId: world.coach.id, start: world.slots[0].start } }));
    await workers(api).drain();
    const [message] = await outbox(student.email);
    expect(message).toMatchObject({ kind: 'booking-confirmed', status: 'CAPTURED', calendarMethod: 'REQUEST' });
    expect(message.messageId).toMatch(/^<[0-9a-f-]{36}@debrief\.example>$/);
    expect(message.text).toContain('(Europe/Berlin)');
    expect(events(message.calendarIcs ?? '')).toEqual([{ uid: expect.any(String), status: 'CONFIRMED', sequence: 0 }]);
    expect((await outbox(world.coach.email)).map((m) => m.subject)).toContainEqual(expect.stringMatching(/^New session: .* on /));
    const captured = expectNoErrors(await api.gql(staff, OUTBOX, { statuses: ['CAPTURED'] })).outboxMessages as Message[];
    expect(captured.every((m) => m.status === 'CAPTURED')).toBe(true);
    expect(captured.map((m) => m.id)).toContain(message.id);
    expect(booking.id).toBeTruthy();
  });

  it('sends reminders when due, and none for a session moved or cancelled since they were scheduled', async () => {
    const keep = await bookFor(api, admin, staff, world, world.slots[2]);
    const move = await bookFor(api, admin, staff, world, world.slots[4]);
    const cancel = await bookFor(api, admin, staff, world, world.slots[6]);
    await workers(api).drain();
    expectNoErrors(await api.gql(staff, RESCHEDULE, { input: { bookingId: move.booking.id, start: world.slots[8].start } }));
    expectNoErrors(await api.gql(staff, CANCEL, { input: { bookingId: cancel.booking.id, reason: 'Plans changed' } }));
    await workers(api).drain();

    const db = dataSource(api);
    const ids = [keep.booking.id, move.booking.id, cancel.booking.id];
    const jobs = (await db.query(
      `SELECT payload->>'bookingId' AS "bookingId", (payload->>'sequence')::int AS sequence, (payload->>'minutesBefore')::int AS minutes, run_at AS "runAt"
         FROM jobs WHERE type = 'booking.reminder' AND payload->>'bookingId' = ANY($1) ORDER BY 1, 2, 3`,
      [ids],
    )) as { bookingId: string; sequence: number; minutes: number; runAt: Date }[];
    // 24 h and 1 h before: for the kept booking, for the moved one before and after the move, for the cancelled one before.
    expect(jobs.filter((j) => j.bookingId === keep.booking.id).map((j) => j.minutes).sort()).toEqual([1440, 60].sort());
    expect(jobs.filter((j) => j.bookingId === move.booking.id).map((j) => j.sequence)).toEqual([0, 0, 1, 1]);
    expect(jobs.filter((j) => j.bookingId === cancel.booking.id)).toHaveLength(2);
    const keepJob = jobs.find((j) => j.bookingId === keep.booking.id && j.minutes === 60);
    expect(new Date(keepJob?.runAt ?? 0).getTime()).toBe(new Date(keep.booking.startsAt).getTime() - 3600_000);

    // Time travel: every one of them is due now.
    await db.query(`UPDATE jobs SET run_at = now() WHERE type = 'booking.reminder' AND payload->>'bookingId' = ANY($1)`, [ids]);
    await workers(api).drain();
    const reminders = async (to: string) => (await outbox(to)).filter((m) => m.kind === 'booking-reminder');
    expect((await reminders(keep.student.email)).map((m) => m.subject).sort()).toEqual([
      expect.stringMatching(/^Reminder: .* in 1 hour /),
      expect.stringMatching(/^Reminder: .* in 24 hours /),
    ]);
    const moved = await reminders(move.student.email);
    expect(moved).toHaveLength(2);
    expect(await reminders(cancel.student.email)).toEqual([]);
    const done = (await db.query(`SELECT count(*)::int AS n FROM jobs WHERE payload->>'bookingId' = ANY($1) AND status <> 'DONE'`, [ids])) as { n: number }[];
    expect(done[0].n).toBe(0);

    // Finished jobs are forgotten after two weeks; these are fresh.
    expect(await workers(api).jobs.purgeDone()).toBe(0);
    await db.query(`UPDATE jobs SET done_at = now() - interval '15 days' WHERE payload->>'bookingId' = $1`, [keep.booking.id]);
    expect(await workers(api).jobs.purgeDone()).toBeGreaterThanOrEqual(3);
    const left = (await db.query(`SELECT count(*)::int AS n FROM jobs WHERE payload->>'bookingId' = $1`, [keep.booking.id])) as { n: number }[];
    expect(left[0].n).toBe(0);
  });

  it('sends both parties an updated invite when the session moves to another link, and reminders follow the new revision', async () => {
    const { student, booking } = await bookFor(api, admin, staff, world, world.slots[16]);
    await workers(api).drain();
    const link = 'https://meet.example.org/debrief-moved-room';
    expectNoErrors(
      await api.gql(staff, `mutation Move($input: ChangeBookingLocationInput!) { changeBookingLocation(input: $input) { id location } }`, {
        input: { bookingId: booking.id, location: link },
      }),
    );
    await workers(api).drain();
    for (const to of [student.email, world.coach.email]) {
      const moved = (await outbox(to)).filter((m) => m.kind === 'booking-location-changed');
      expect(moved).toHaveLength(1);
      expect(moved[0].subject).toMatch(/^New location: /);
      expect(moved[0].text).toContain(`Where: ${link}`);
      expect(moved[0].text).toContain(`Previously: ${booking.location}`);
      expect(booking.location).not.toBe(link);
      expect(moved[0].calendarMethod).toBe('REQUEST');
      const vevent = new ICAL.Component(ICAL.parse(moved[0].calendarIcs ?? '')).getFirstSubcomponent('vevent');
      expect(vevent?.getFirstPropertyValue('location')).toBe(link);
      expect(vevent?.getFirstPropertyValue('sequence')).toBe(1);
    }
    const reminders = (await dataSource(api).query(
      `SELECT (payload->>'sequence')::int AS sequence FROM jobs WHERE type = 'booking.reminder' AND payload->>'bookingId' = $1 ORDER BY 1`,
      [booking.id],
    )) as { sequence: number }[];
    expect(reminders.map((r) => r.sequence)).toEqual([0, 0, 1, 1]);
  });

  it('serves a private feed by token, shows cancelled sessions as CANCELLED, and stops the old URL when regenerated', async () => {
    const { student, booking } = await bookFor(api, admin, staff, world, world.slots[10]);
    const other = await bookFor(api, admin, staff, world, world.slots[12]);
    expectNoErrors(await api.gql(staff, CANCEL, { input: { bookingId: other.booking.id, reason: 'x' } }));
    const agent = await api.signInAs(student.email, student.password);
    expect(expectNoErrors(await api.gql(agent, FEED)).myCalendarFeed).toEqual({ active: false, createdAt: null, lastUsedAt: null });

    const link = expectNoErrors(await api.gql(agent, REGENERATE)).regenerateCalendarFeed;
    expect(link.webcalUrl).toBe(link.httpsUrl.replace(/^https?:/, 'webcal:'));
    const path = new URL(link.httpsUrl).pathname;
    expect(path).toMatch(/^\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    const res = await api.agent().get(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const feed = events(res.text);
    const uids = feed.map((e) => e.uid);
    const [{ ical_uid: uid }] = (await dataSource(api).query(`SELECT ical_uid FROM bookings WHERE id = $1`, [booking.id])) as { ical_uid: string }[];
    expect(uids).toEqual([uid]);
    expect(res.text).toMatch(/^METHOD:PUBLISH\r$/m);
    expect(res.text).toMatch(/^REFRESH-INTERVAL;VALUE=DURATION:PT1H\r$/m);
    expect(res.text).toMatch(/^X-PUBLISHED-TTL:PT1H\r$/m);
    expect(res.text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(res.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);

    // Stable: DTSTAMP is each session's last change, so a later poll gets the same bytes and validators.
    const etag = res.headers['etag'] as string;
    const lastModified = res.headers['last-modified'] as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(new Date(lastModified).getTime()).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 1100));
    const again1 = await api.agent().get(path);
    expect(again1.text).toBe(res.text);
    expect(again1.headers['etag']).toBe(etag);
    const unchanged = await api.agent().get(path).set('If-None-Match', etag);
    expect(unchanged.status).toBe(304);
    expect(unchanged.text).toBeFalsy();
    expect(unchanged.headers['etag']).toBe(etag);
    expect((await api.agent().get(path).set('If-Modified-Since', lastModified)).status).toBe(304);
    expect((await api.agent().get(path).set('If-None-Match', '"something-else"').set('If-Modified-Since', lastModified)).status).toBe(200);
    expect((await api.agent().get(path).set('If-Modified-Since', new Date(new Date(lastModified).getTime() - 1000).toUTCString())).status).toBe(200);
    expect(expectNoErrors(await api.gql(agent, FEED)).myCalendarFeed).toMatchObject({ active: true, lastUsedAt: expect.any(String) });

    // The coach's feed holds both sessions; the cancelled one as CANCELLED with its raised SEQUENCE.
    const coachLink = expectNoErrors(await api.gql(world.coach.agent, REGENERATE)).regenerateCalendarFeed;
    const coachFeed = events((await api.agent().get(new URL(coachLink.httpsUrl).pathname)).text);
    const [{ ical_uid: cancelledUid }] = (await dataSource(api).query(`SELECT ical_uid FROM bookings WHERE id = $1`, [other.booking.id])) as { ical_uid: string }[];
    expect(coachFeed).toContainEqual({ uid: cancelledUid, status: 'CANCELLED', sequence: 1 });
    expect(coachFeed).toContainEqual({ uid, status: 'CONFIRMED', sequence: 0 });

    // A change (the session is moved) changes the feed: the old validator no longer matches.
    expectNoErrors(await api.gql(staff, RESCHEDULE, { input: { bookingId: booking.id, start: world.slots[11].start } }));
    const changed = await api.agent().get(path).set('If-None-Match', etag);
    expect(changed.status).toBe(200);
    expect(changed.headers['etag']).not.toBe(etag);
    expect(events(changed.text)).toEqual([{ uid, status: 'CONFIRMED', sequence: 1 }]);

    const again = expectNoErrors(await api.gql(agent, REGENERATE)).regenerateCalendarFeed;
    expect(again.httpsUrl).not.toBe(link.httpsUrl);
    expect((await api.agent().get(path)).status).toBe(404);
    expect((await api.agent().get(new URL(again.httpsUrl).pathname)).status).toBe(200);
    expect((await api.agent().get('/calendar/feed/not-a-real-token-aaaaaaaaaaaaaaaaaaaaaaaa.ics')).status).toBe(404);
    expectNoErrors(await api.gql(agent, REVOKE));
    expect((await api.agent().get(new URL(again.httpsUrl).pathname)).status).toBe(404);
  });

  it('offers every booking as an .ics download to whoever may read it', async () => {
    const { student, booking } = await bookFor(api, admin, staff, world, world.slots[14]);
    const owner = await api.signInAs(student.email, student.password);
    const path = `/calendar/bookings/${booking.id}.ics`;
    const mine = await owner.get(path);
    expect(mine.status).toBe(200);
    expect(mine.headers['content-type']).toMatch(/^text\/calendar/);
    expect(mine.headers['content-disposition']).toMatch(/^attachment; filename="session-/);
    const [event] = events(mine.text);
    expect(event.status).toBe('CONFIRMED');
    expect((await world.coach.agent.get(path)).status).toBe(200);
    expect((await staff.get(path)).status).toBe(200);
    expect((await api.agent().get(path)).status).toBe(401);
    const stranger = await api.signInAs(Role.Student);
    expect((await stranger.get(path)).status).toBe(403);
    expect((await owner.get('/calendar/bookings/00000000-0000-4000-8000-000000000000.ics')).status).toBe(404);
    expect((await owner.get('/calendar/bookings/nonsense.ics')).status).toBe(404);
  });
});
