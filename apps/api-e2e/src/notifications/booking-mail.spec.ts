import { Role } from '@debrief/shared/domain';
import ICAL from 'ical.js';
import { Agent, expectNoErrors, startApi, TestApi } from '../support/api';
import { CANCEL, dataSource, RESCHEDULE, retireCoaches, retireTypes } from '../scheduling/scheduling.helpers';
import { bookFor, MailWorld, mailWorld, workers, workUntil } from './notifications.helpers';
import { Received, startSmtp, TestSmtp } from './smtp.helpers';

function vevent(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  return { root, event: root.getFirstSubcomponent('vevent') as ICAL.Component };
}

describe('booking emails through a real SMTP server', () => {
  let smtp: TestSmtp;
  let api: TestApi;
  let admin: Agent;
  let staff: Agent;
  let world: MailWorld;

  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startApi({ SMTP_URL: smtp.url, WORKERS: 'manual', WORKER_RETRY_BASE_MS: '20', REMINDER_OFFSETS: '1440,60' });
    admin = await api.signInAs(Role.Admin);
    staff = await api.signInAs(Role.Staff);
    world = await mailWorld(api, admin, staff);
  });

  afterAll(async () => {
    await retireCoaches(api, admin, [world?.coach]);
    await retireTypes(api, staff, [world?.type]);
    await api?.close();
    await smtp?.close();
  });

  const to = (address: string) => smtp.received.filter((m) => m.to === address);

  it('sends the student and the coach an invite each, in their own time zones, and keeps the UID across reschedule and cancel', async () => {
    const { student, booking } = await bookFor(api, admin, staff, world, world.slots[0]);
    await workUntil([api], () => to(student.email).length === 1 && to(world.coach.email).length === 1);

    const [forStudent] = to(student.email);
    const [forCoach] = to(world.coach.email);
    expect(forStudent.subject).toMatch(/^Confirmed: /);
    expect(forCoach.subject).toMatch(/^New session: /);
    expect(forStudent.text).toContain('(Europe/Berlin)');
    expect(forCoach.text).toContain('(America/New_York)');
    expect(forStudent.text).toContain('Bring your résumé');
    expect(forStudent.text).toContain(`/sessions/${booking.id}`);
    expect(forStudent.messageId).not.toBe(forCoach.messageId);

    for (const mail of [forStudent, forCoach]) {
      const alternative = mail.calendarParts.find((p) => p.contentType === 'text/calendar');
      const attachment = mail.calendarParts.find((p) => p.filename === 'invite.ics');
      expect(alternative?.method).toBe('REQUEST');
      expect(attachment).toBeDefined();
      // One calendar, written once as the alternative and once as invite.ics (nothing adds a second invite.ics).
      expect(mail.calendarParts.map((p) => p.contentType)).toEqual(['text/calendar', 'application/ics']);
      expect(mail.raw.match(/filename=("?)invite\.ics\1/g)).toHaveLength(1);
      const { root, event } = vevent(attachment?.content ?? '');
      expect(root.getFirstPropertyValue('method')).toBe('REQUEST');
      expect(event.getFirstPropertyValue('sequence')).toBe(0);
      expect((event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe(new Date(booking.startsAt).toISOString());
      const attendees = event.getAllProperties('attendee').map((p) => String(p.getFirstValue()).toLowerCase());
      expect(attendees.sort()).toEqual([`mailto:${student.email}`, `mailto:${world.coach.email}`].sort());
    }
    const uid = vevent(forStudent.calendarParts[0].content).event.getFirstPropertyValue('uid');

    const moved = expectNoErrors(await api.gql(staff, RESCHEDULE, { input: { bookingId: booking.id, start: world.slots[3].start } })).rescheduleBooking;
    await workUntil([api], () => to(student.email).length === 2);
    const rescheduled = to(student.email)[1];
    expect(rescheduled.subject).toMatch(/^Rescheduled: /);
    expect(rescheduled.text).toContain('Previously:');
    const r = vevent(rescheduled.calendarParts[0].content);
    expect(r.event.getFirstPropertyValue('uid')).toBe(uid);
    expect(r.event.getFirstPropertyValue('sequence')).toBe(1);
    expect((r.event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe(new Date(moved.startsAt).toISOString());

    expectNoErrors(await api.gql(staff, CANCEL, { input: { bookingId: booking.id, reason: 'Coach is ill' } }));
    await workUntil([api], () => to(student.email).length === 3 && to(world.coach.email).length === 3);
    for (const cancelled of [to(student.email)[2], to(world.coach.email)[2]]) {
      expect(cancelled.subject).toMatch(/^Cancelled: /);
      expect(cancelled.calendarParts.find((p) => p.contentType === 'text/calendar')?.method).toBe('CANCEL');
      const c = vevent(cancelled.calendarParts[0].content);
      expect(c.root.getFirstPropertyValue('method')).toBe('CANCEL');
      expect(c.event.getFirstPropertyValue('uid')).toBe(uid);
      expect(c.event.getFirstPropertyValue('sequence')).toBe(2);
      expect(c.event.getFirstPropertyValue('status')).toBe('CANCELLED');
    }
  });

  it('while SMTP refuses connections, 20 bookings queue; once it accepts, exactly 20 confirmations per recipient kind arrive, none twice', async () => {
    await smtp.refuse();
    const before = smtp.received.length;
    const booked = [];
    for (const slot of world.slots.slice(10, 30)) booked.push(await bookFor(api, admin, staff, world, slot));
    expect(booked).toHaveLength(20);
    // Several rounds against a closed port: every attempt fails with a connection error and is retried later.
    for (let i = 0; i < 3; i++) await workers(api).runOnce();
    const students = new Set(booked.map((b) => b.student.email));
    const waiting = (await dataSource(api).query(
      `SELECT count(*)::int AS n, min(attempts) AS "minAttempts" FROM outbox_messages WHERE status = 'PENDING' AND to_address = ANY($1)`,
      [[...students]],
    )) as { n: number; minAttempts: number }[];
    expect(waiting[0].n).toBe(20);
    expect(waiting[0].minAttempts).toBeGreaterThanOrEqual(1);

    await smtp.listen();
    const confirmationsForStudents = () => smtp.received.filter((m) => students.has(m.to) && m.subject.startsWith('Confirmed:'));
    const coachConfirmations = () => smtp.received.slice(before).filter((m) => m.to === world.coach.email && m.subject.startsWith('New session:'));
    await workUntil([api], () => confirmationsForStudents().length >= 20 && coachConfirmations().length >= 20);
    await workers(api).drain();
    expect(confirmationsForStudents()).toHaveLength(20);
    expect(new Set(confirmationsForStudents().map((m) => m.to)).size).toBe(20);
    expect(coachConfirmations()).toHaveLength(20);
    const ids = [...confirmationsForStudents(), ...coachConfirmations()].map((m) => m.messageId);
    expect(new Set(ids).size).toBe(40);
  });

  it('retries a 4xx reply and delivers; gives up on a 5xx reply and shows the message as FAILED until staff resend it', async () => {
    smtp.mode = 'tempfail';
    const { student: s1 } = await bookFor(api, admin, staff, world, world.slots[5]);
    await workers(api).runOnce();
    await workers(api).runOnce();
    const [tempfailed] = (await dataSource(api).query(`SELECT status::text, attempts, last_error FROM outbox_messages WHERE to_address = $1`, [s1.email])) as {
      status: string;
      attempts: number;
      last_error: string;
    }[];
    expect(tempfailed.status).toBe('PENDING');
    expect(tempfailed.attempts).toBeGreaterThanOrEqual(1);
    expect(tempfailed.last_error).toMatch(/451/);
    smtp.mode = 'accept';
    await workUntil([api], () => to(s1.email).length === 1);
    // The retry carried the Message-ID fixed when the message was queued.
    const [row] = (await dataSource(api).query(`SELECT message_id AS "messageId", attempts, status::text FROM outbox_messages WHERE to_address = $1`, [s1.email])) as {
      messageId: string;
      attempts: number;
      status: string;
    }[];
    expect(row).toEqual({ messageId: to(s1.email)[0].messageId, attempts: expect.any(Number), status: 'SENT' });
    expect(row.attempts).toBeGreaterThanOrEqual(2);

    smtp.mode = 'permfail';
    const { student: s2 } = await bookFor(api, admin, staff, world, world.slots[7]);
    await workers(api).drain();
    const failed = expectNoErrors(
      await api.gql(staff, `{ outboxMessages(limit: 200, statuses: [FAILED]) { id to status attempts lastError } }`),
    ).outboxMessages.filter((m: { to: string }) => m.to === s2.email);
    expect(failed).toEqual([expect.objectContaining({ status: 'FAILED', attempts: 1, lastError: expect.stringMatching(/550/) })]);
    expect(to(s2.email)).toHaveLength(0);

    smtp.mode = 'accept';
    const student = await api.signInAs(Role.Student);
    expect(expectNoErrors(await api.gql(staff, `mutation R($id: ID!) { resendOutboxMessage(id: $id) { status } }`, { id: failed[0].id }))).toEqual({
      resendOutboxMessage: { status: 'PENDING' },
    });
    const refused = await api.gql(student, `mutation R($id: ID!) { resendOutboxMessage(id: $id) { status } }`, { id: failed[0].id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await workUntil([api], () => to(s2.email).length === 1);
    expect(to(s2.email)[0].subject).toMatch(/^Confirmed: /);
  });

  it('a worker that dies between claim and send leaves the message to another, which delivers it once', async () => {
    const other = await startApi({ SMTP_URL: smtp.url, WORKERS: 'manual', WORKER_LEASE_SECONDS: '1', WORKER_RETRY_BASE_MS: '20' });
    const dying = await startApi({ SMTP_URL: smtp.url, WORKERS: 'manual', WORKER_LEASE_SECONDS: '1' });
    try {
      const { student } = await bookFor(api, admin, staff, world, world.slots[8]);
      await workers(dying).jobs.runDue();
      const claimed = await workers(dying).mail.claim(200);
      expect(claimed.map((m) => m.to)).toContain(student.email);
      await dying.close(); // killed before sending anything
      expect(to(student.email)).toHaveLength(0);
      await workers(other).runOnce(); // the lease still holds: nothing to take yet
      expect(to(student.email)).toHaveLength(0);
      await new Promise((r) => setTimeout(r, 1200));
      await workUntil([other], () => to(student.email).length === 1);
      await workers(other).drain();
      expect(to(student.email)).toHaveLength(1);
    } finally {
      await other.close();
      await dying.close().catch(() => undefined);
    }
  });

  it('two API processes draining at once send every message exactly once', async () => {
    const second = await startApi({ SMTP_URL: smtp.url, WORKERS: 'manual' });
    try {
      const booked = [];
      for (const slot of world.slots.slice(30, 40)) booked.push(await bookFor(api, admin, staff, world, slot));
      const students = new Set(booked.map((b) => b.student.email));
      const arrived = () => smtp.received.filter((m: Received) => students.has(m.to));
      await workUntil([api, second], () => arrived().length >= 10);
      await Promise.all([workers(api).drain(), workers(second).drain()]);
      expect(arrived()).toHaveLength(10);
      expect(new Set(arrived().map((m) => m.messageId)).size).toBe(10);
    } finally {
      await second.close();
    }
  });
});
