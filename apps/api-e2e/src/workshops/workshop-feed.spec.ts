import { Role } from '@debrief/shared/domain';
import { Agent, expectNoErrors, startApi, TestApi } from '../support/api';
import { createStudents, Person } from '../scheduling/scheduling.helpers';
import { CANCEL_REGISTRATION, createWorkshop, eventOf, mailsTo, register, Registration } from './workshops.helpers';

/** Students' subscribed calendar feeds carry their workshop seats, with the invites' UIDs. */
describe('workshops in the calendar feed', () => {
  let api: TestApi;
  let staff: Agent;
  let student: Person;

  beforeAll(async () => {
    api = await startApi();
    const admin = await api.signInAs(Role.Admin);
    staff = await api.signInAs(Role.Staff);
    [student] = await createStudents(api, admin, 1, 'ws-feed');
  });

  afterAll(async () => {
    await api?.close();
  });

  /** The events of the student's feed, fetched over HTTP with its private URL. */
  async function feed(): Promise<string> {
    const link = expectNoErrors(await api.gql(student.agent, `mutation { regenerateCalendarFeed { httpsUrl } }`)).regenerateCalendarFeed;
    const res = await api.agent().get(new URL(link.httpsUrl).pathname).buffer(true);
    expect(res.status).toBe(200);
    return String(res.text);
  }

  const events = (ics: string) =>
    ics
      .split('BEGIN:VEVENT')
      .slice(1)
      .map((e) => eventOf(`METHOD:PUBLISH\n${e}`));

  it('lists a held seat as CONFIRMED with the invite UID, a seat given up as CANCELLED, and nothing for the waitlist', async () => {
    const kept = await createWorkshop(api, staff, { capacity: 5 });
    const left = await createWorkshop(api, staff, { capacity: 5 });
    const full = await createWorkshop(api, staff, { capacity: 1 });
    expectNoErrors(await register(api, student.agent, kept.id));
    const leftReg = expectNoErrors(await register(api, student.agent, left.id)).registerForWorkshop as Registration;
    const [other] = await createStudents(api, await api.signInAs(Role.Admin), 1, 'ws-feed-other');
    expectNoErrors(await register(api, other.agent, full.id));
    expect(expectNoErrors(await register(api, student.agent, full.id)).registerForWorkshop.status).toBe('WAITLISTED');
    expectNoErrors(await api.gql(student.agent, CANCEL_REGISTRATION, { id: leftReg.id }));

    const invites = (await mailsTo(api, student.email)).filter((m) => m.ics).map((m) => ({ subject: m.subject, ...eventOf(m.ics as string) }));
    const uidOf = (title: string) => invites.find((i) => i.subject.includes(title))?.uid;
    const ics = await feed();
    expect(ics).toContain('METHOD:PUBLISH');
    const byUid = new Map(events(ics).map((e) => [e.uid, e]));
    expect(byUid.get(uidOf(kept.title) as string)).toMatchObject({ status: 'CONFIRMED' });
    expect(byUid.get(uidOf(left.title) as string)).toMatchObject({ status: 'CANCELLED', sequence: 1 });
    expect(ics).not.toContain(full.title);
    expect(ics).not.toContain('ATTENDEE');
  });
});
