import { Role } from '@debrief/shared/domain';
import ICAL from 'ical.js';
import { Agent, createTestUser, expectNoErrors, startApi, TestApi } from '../support/api';
import { CANCEL_WORKSHOP, createWorkshop, eventOf, mailsTo, PUBLISH_WORKSHOP, UPDATE_WORKSHOP } from './workshops.helpers';

/** Facilitators hear about the workshops they run, with their own calendar event, and see them in their feed. */
describe('workshop facilitators: emails, invites and feed', () => {
  let api: TestApi;
  let admin: Agent;
  let staff: Agent;

  beforeAll(async () => {
    api = await startApi();
    admin = await api.signInAs(Role.Admin);
    staff = await api.signInAs(Role.Staff);
  });

  afterAll(async () => {
    await api?.close();
  });

  const coach = (label: string) => createTestUser(api, admin, { role: Role.Coach, label, timeZone: 'Asia/Kolkata' });

  /** Kind, method, SEQUENCE, STATUS and the ATTENDEE's role of each message to a facilitator about one workshop. */
  async function notices(email: string, title: string) {
    return (await mailsTo(api, email))
      .filter((m) => m.subject.includes(title))
      .map((m) => {
        const event = new ICAL.Component(ICAL.parse(m.ics ?? '')).getFirstSubcomponent('vevent');
        const attendee = event?.getFirstProperty('attendee');
        return {
          kind: m.kind,
          ...eventOf(m.ics ?? ''),
          attendee: [String(attendee?.getFirstValue()).toLowerCase(), attendee?.getParameter('role')],
          text: m.text,
        };
      });
  }

  async function feed(email: string, password: string) {
    const agent = await api.signInAs(email, password);
    const link = expectNoErrors(await api.gql(agent, `mutation { regenerateCalendarFeed { httpsUrl } }`)).regenerateCalendarFeed;
    const res = await api.agent().get(new URL(link.httpsUrl).pathname).buffer(true);
    expect(res.status).toBe(200);
    return new ICAL.Component(ICAL.parse(String(res.text))).getAllSubcomponents('vevent').map((e) => ({
      uid: e.getFirstPropertyValue('uid') as string,
      status: e.getFirstPropertyValue('status') as string,
      sequence: Number(e.getFirstPropertyValue('sequence')),
      summary: e.getFirstPropertyValue('summary') as string,
    }));
  }

  it('invites facilitators when a workshop is scheduled, updates them when it moves, and cancels for those taken off or when it is cancelled', async () => {
    const [kept, dropped, added] = [await coach('fac-kept'), await coach('fac-dropped'), await coach('fac-added')];
    const w = await createWorkshop(api, staff, { facilitatorIds: [kept.id, dropped.id] });
    const [invite] = await notices(kept.email, w.title);
    expect(invite).toMatchObject({ kind: 'workshop-facilitator-assigned', method: 'REQUEST', sequence: 0, status: 'CONFIRMED' });
    expect(invite.attendee).toEqual([`mailto:${kept.email}`, 'CHAIR']);
    expect(invite.text).toContain('You are a facilitator of');
    expect(invite.text).toMatch(/\(GMT\+5:30\)/); // in the facilitator's own zone
    expect(await notices(dropped.email, w.title)).toHaveLength(1);

    const later = new Date(new Date(w.startsAt).getTime() + 86400_000);
    expectNoErrors(
      await api.gql(staff, UPDATE_WORKSHOP, {
        input: { id: w.id, startsAt: later.toISOString(), endsAt: new Date(later.getTime() + 90 * 60_000).toISOString(), facilitatorIds: [kept.id, added.id] },
      }),
    );
    const keptNow = await notices(kept.email, w.title);
    expect(keptNow.map((n) => [n.kind, n.method, n.sequence])).toEqual([
      ['workshop-facilitator-assigned', 'REQUEST', 0],
      ['workshop-facilitator-changed', 'REQUEST', 1],
    ]);
    expect(new Set(keptNow.map((n) => n.uid)).size).toBe(1);
    expect((await notices(dropped.email, w.title)).map((n) => [n.kind, n.method, n.status])).toEqual([
      ['workshop-facilitator-assigned', 'REQUEST', 'CONFIRMED'],
      ['workshop-facilitator-unassigned', 'CANCEL', 'CANCELLED'],
    ]);
    expect((await notices(added.email, w.title)).map((n) => [n.kind, n.method, n.sequence])).toEqual([['workshop-facilitator-assigned', 'REQUEST', 1]]);

    const before = await feed(kept.email, kept.password);
    expect(before.filter((e) => e.uid === invite.uid)).toEqual([{ uid: invite.uid, status: 'CONFIRMED', sequence: 1, summary: `${w.title} — Debrief workshop` }]);

    expectNoErrors(await api.gql(staff, CANCEL_WORKSHOP, { input: { id: w.id, reason: 'Room unavailable' } }));
    for (const person of [kept, added]) {
      const last = (await notices(person.email, w.title)).at(-1);
      expect(last).toMatchObject({ kind: 'workshop-facilitator-cancelled', method: 'CANCEL', status: 'CANCELLED', sequence: 2 });
      expect(last?.text).toContain('Room unavailable');
    }
    expect((await feed(kept.email, kept.password)).filter((e) => e.uid === invite.uid)).toMatchObject([{ status: 'CANCELLED', sequence: 2 }]);
  });

  it('tells no one about a draft, and invites its facilitators once it is published', async () => {
    const f = await coach('fac-draft');
    const w = await createWorkshop(api, staff, { facilitatorIds: [f.id], publish: false });
    expect(await notices(f.email, w.title)).toEqual([]);
    expect((await feed(f.email, f.password)).filter((e) => e.summary.startsWith(w.title))).toEqual([]);
    expectNoErrors(await api.gql(staff, PUBLISH_WORKSHOP, { input: { id: w.id } }));
    expect((await notices(f.email, w.title)).map((n) => n.kind)).toEqual(['workshop-facilitator-assigned']);
    expect((await feed(f.email, f.password)).filter((e) => e.summary.startsWith(w.title))).toHaveLength(1);
  });
});
