import { Role } from '@debrief/shared/domain';
import ICAL from 'ical.js';
import { Agent, expectNoErrors, startApi, TestApi } from '../support/api';
import { CANCEL, dataSource, RESCHEDULE, retireCoaches, retireTypes } from '../scheduling/scheduling.helpers';
import { bookFor, MailWorld, mailWorld, workers, workUntil } from './notifications.helpers';
import { Received, startSmtp, TestSmtp } from './smtp.helpers';

const RESEND = /* GraphQL */ `mutation R($id: ID!) { resendOutboxMessage(id: $id) { status } }`;

/** The SEQUENCE of a received invite. */
function sequenceOf(mail: Received): number {
  const ics = mail.calendarParts.find((p) => p.filename === 'invite.ics')?.content ?? '';
  return Number(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')?.getFirstPropertyValue('sequence'));
}

/**
 * Per recipient and calendar event, only the newest revision is delivered, and never after a newer
 * one: an older message still queued (or retrying, or resent) when a newer SEQUENCE exists is
 * SUPERSEDED instead of sent. Against a real SMTP server, through the outbox and the mail worker.
 */
describe('mail order: superseded revisions, SEQUENCE order, graceful shutdown', () => {
  let smtp: TestSmtp;
  let api: TestApi;
  let admin: Agent;
  let staff: Agent;
  let world: MailWorld;

  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startApi({ SMTP_URL: smtp.url, WORKERS: 'manual', WORKER_RETRY_BASE_MS: '20', REMINDER_OFFSETS: 'none' });
    admin = await api.signInAs(Role.Admin);
    staff = await api.signInAs(Role.Staff);
    world = await mailWorld(api, admin, staff, 'America/New_York', 'order-coach');
    await workers(api).drain();
  });

  afterAll(async () => {
    await retireCoaches(api, admin, [world?.coach]);
    await retireTypes(api, staff, [world?.type]);
    await api?.close();
    await smtp?.close();
  });

  beforeEach(() => {
    smtp.mode = 'accept';
    smtp.delayMs = 0;
  });

  const to = (address: string) => smtp.received.filter((m) => m.to === address);
  const statuses = async (address: string) =>
    (
      (await dataSource(api).query(`SELECT kind, status::text FROM outbox_messages WHERE to_address = $1 ORDER BY calendar_sequence, created_at`, [
        address,
      ])) as { kind: string; status: string }[]
    ).map((r) => `${r.kind}:${r.status}`);

  it('book then a quick reschedule: only the "Rescheduled … previously" email goes out, to each party', async () => {
    const { student, booking } = await bookFor(api, admin, staff, world, world.slots[0]);
    await workers(api).jobs.runDue(); // the confirmations are queued, not yet sent
    expectNoErrors(await api.gql(staff, RESCHEDULE, { input: { bookingId: booking.id, start: world.slots[1].start } }));
    await workers(api).drain();
    for (const address of [student.email]) {
      expect(to(address).map((m) => m.subject)).toEqual([expect.stringMatching(/^Rescheduled: /)]);
      expect(to(address)[0].text).toContain('Previously:');
      expect(sequenceOf(to(address)[0])).toBe(1);
      expect(await statuses(address)).toEqual(['booking-confirmed:SUPERSEDED', 'booking-rescheduled:SENT']);
    }
    const coachMail = to(world.coach.email).filter((m) => m.text.includes(`/sessions/${booking.id}`));
    expect(coachMail.map((m) => m.subject)).toEqual([expect.stringMatching(/^Rescheduled: /)]);
  });

  it('book then cancel: only the cancellation goes out', async () => {
    const { student, booking } = await bookFor(api, admin, staff, world, world.slots[2]);
    await workers(api).jobs.runDue();
    expectNoErrors(await api.gql(staff, CANCEL, { input: { bookingId: booking.id, reason: 'Changed my mind' } }));
    await workers(api).drain();
    expect(to(student.email).map((m) => m.subject)).toEqual([expect.stringMatching(/^Cancelled: /)]);
    expect(to(student.email)[0].calendarParts.find((p) => p.contentType === 'text/calendar')?.method).toBe('CANCEL');
    expect(await statuses(student.email)).toEqual(['booking-confirmed:SUPERSEDED', 'booking-cancelled:SENT']);
  });

  it('a revision retrying after a 4xx is superseded by a newer one, never delivered after it', async () => {
    const { student, booking } = await bookFor(api, admin, staff, world, world.slots[4]);
    await workers(api).drain();
    smtp.mode = 'tempfail';
    expectNoErrors(await api.gql(staff, RESCHEDULE, { input: { bookingId: booking.id, start: world.slots[5].start } }));
    await workers(api).runOnce(); // the reschedule is refused with 451 and waits for its retry
    smtp.mode = 'accept';
    expectNoErrors(await api.gql(staff, CANCEL, { input: { bookingId: booking.id, reason: 'Coach is ill' } }));
    await workUntil([api], () => to(student.email).length >= 2);
    await new Promise((r) => setTimeout(r, 100)); // past the retry's backoff
    await workers(api).drain();
    expect(to(student.email).map((m) => [m.subject.split(':')[0], sequenceOf(m)])).toEqual([
      ['Confirmed', 0],
      ['Cancelled', 2],
    ]);
    expect(await statuses(student.email)).toEqual(['booking-confirmed:SENT', 'booking-rescheduled:SUPERSEDED', 'booking-cancelled:SENT']);
  });

  it('resending failed messages in any order delivers only the newest revision', async () => {
    smtp.mode = 'permfail';
    const { student, booking } = await bookFor(api, admin, staff, world, world.slots[6]);
    await workers(api).drain();
    expectNoErrors(await api.gql(staff, RESCHEDULE, { input: { bookingId: booking.id, start: world.slots[7].start } }));
    await workers(api).drain();
    expectNoErrors(await api.gql(staff, RESCHEDULE, { input: { bookingId: booking.id, start: world.slots[8].start } }));
    await workers(api).drain();
    const failed = (await dataSource(api).query(
      `SELECT id, calendar_sequence AS seq FROM outbox_messages WHERE to_address = $1 AND status = 'FAILED' ORDER BY calendar_sequence`,
      [student.email],
    )) as { id: string; seq: number }[];
    expect(failed.map((f) => f.seq)).toEqual([0, 1, 2]);
    smtp.mode = 'accept';
    for (const i of [2, 0, 1]) expectNoErrors(await api.gql(staff, RESEND, { id: failed[i].id }));
    await workers(api).drain();
    expect(to(student.email).map(sequenceOf)).toEqual([2]);
    expect(await statuses(student.email)).toEqual(['booking-confirmed:SUPERSEDED', 'booking-rescheduled:SUPERSEDED', 'booking-rescheduled:SENT']);
  });

  it('a newer revision waits while an older one is in another worker’s hands, and that worker then does not send the stale one', async () => {
    const other = await startApi({ SMTP_URL: smtp.url, WORKERS: 'manual' });
    try {
      const { student, booking } = await bookFor(api, admin, staff, world, world.slots[9]);
      await workers(api).jobs.runDue();
      const claimed = await workers(other).mail.claim(200);
      expect(claimed.filter((m) => m.to === student.email).map((m) => m.calendarSequence)).toEqual([0]);
      expectNoErrors(await api.gql(staff, RESCHEDULE, { input: { bookingId: booking.id, start: world.slots[10].start } }));
      await workers(api).jobs.runDue();
      await workers(api).mail.runDue(); // the reschedule is due, but its older revision is being sent elsewhere
      expect(to(student.email)).toHaveLength(0);
      for (const m of claimed) await workers(other).mail.deliver(m);
      expect(to(student.email)).toHaveLength(0); // the confirmation became stale in its hands
      await workers(api).drain();
      expect(to(student.email).map((m) => [m.subject.split(':')[0], sequenceOf(m)])).toEqual([['Rescheduled', 1]]);
    } finally {
      await other.close();
    }
  });

  it('stopping an app mid-batch releases what it had not started: another worker sends the rest at once, each exactly once', async () => {
    const stopping = await startApi({ SMTP_URL: smtp.url, WORKERS: 'manual' }); // leases of 120 s
    let stopped = false;
    try {
      const booked = [];
      for (const slot of world.slots.slice(12, 18)) booked.push(await bookFor(api, admin, staff, world, slot));
      const students = new Set(booked.map((b) => b.student.email));
      const arrived = () => smtp.received.filter((m) => students.has(m.to));
      await workers(stopping).jobs.runDue();
      smtp.delayMs = 150;
      const batch = workers(stopping).mail.runDue();
      await workUntil([], () => arrived().length >= 1);
      await stopping.close();
      stopped = true;
      const sentByStopping = await batch;
      expect(sentByStopping).toBeLessThan(12);
      const left = (await dataSource(api).query(
        `SELECT count(*)::int AS n FROM outbox_messages WHERE to_address = ANY($1) AND status = 'PENDING' AND locked_by IS NOT NULL`,
        [[...students]],
      )) as { n: number }[];
      expect(left[0].n).toBe(0);
      smtp.delayMs = 0;
      await workers(api).drain(); // no lease to wait out
      expect(arrived()).toHaveLength(6);
      expect(new Set(arrived().map((m) => m.messageId)).size).toBe(6);
      const rows = (await dataSource(api).query(`SELECT status::text AS status, count(*)::int AS n FROM outbox_messages WHERE to_address = ANY($1) GROUP BY 1`, [
        [...students],
      ])) as { status: string; n: number }[];
      expect(rows).toEqual([{ status: 'SENT', n: 6 }]);
    } finally {
      if (!stopped) await stopping.close();
    }
  });
});
