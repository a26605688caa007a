import { Role } from '@debrief/shared/domain';
import { Agent, expectNoErrors, startApi, TestApi } from '../support/api';
import { MY_WORKSHOPS, Registration, roster, seatMismatches, Workshop, WORKSHOPS } from './workshops.helpers';

/** The seeded term of workshops, as students and staff see it. */
describe('demo workshops', () => {
  let api: TestApi;
  let student: Agent;
  let staff: Agent;
  let all: Workshop[];

  beforeAll(async () => {
    api = await startApi();
    student = await api.signInAs(Role.Student);
    staff = await api.signInAs(Role.Staff);
    all = expectNoErrors(await api.gql(staff, WORKSHOPS, { filter: { all: true } })).workshops;
  });

  afterAll(async () => {
    await api?.close();
  });

  const seeded = (title: string) => all.filter((w) => w.title === title);

  it('has a weekly Résumé Lab series on Tuesdays at 4 pm, centre time, without closure days', () => {
    const labs = seeded('Résumé Lab');
    expect(labs.length).toBeGreaterThanOrEqual(4);
    expect(new Set(labs.map((w) => w.seriesId)).size).toBe(1);
    for (const w of labs) {
      const local = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Chicago', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(w.startsAt));
      expect(local).toBe('Tue 16:00');
    }
  });

  it('has a full bootcamp with a waitlist and a nearly full circle, with counters that match the registrations', async () => {
    const [bootcamp] = seeded('Behavioral Interview Bootcamp');
    expect({ left: bootcamp.seatsLeft, waitlist: bootcamp.waitlistLength }).toEqual({ left: 0, waitlist: 3 });
    const [circle] = seeded('System Design Circle');
    expect(circle.seatsLeft).toBe(1);
    expect((await roster(api, staff, bootcamp.id)).filter((e) => e.status === 'WAITLISTED').map((e) => e.waitlistPosition)).toEqual([1, 2, 3]);
    expect(await seatMismatches(api, all.map((w) => w.id))).toEqual([]);
  });

  it('shows Jordan the published upcoming ones he may attend, not the draft, and his Résumé Lab seat', async () => {
    const catalog = expectNoErrors(await api.gql(student, WORKSHOPS, {})).workshops as Workshop[];
    const titles = new Set(catalog.map((w) => w.title));
    expect(titles.has('Salary Negotiation Basics')).toBe(false);
    expect(titles.has('Networking 101')).toBe(false);
    expect(titles.has('Mock Interview Night: Class of 2027')).toBe(true);
    const mine = expectNoErrors(await api.gql(student, MY_WORKSHOPS, {})).myWorkshops as Registration[];
    expect(mine.filter((r) => r.workshop.title === 'Résumé Lab').map((r) => r.status)).toContain('REGISTERED');
  });

  it('keeps the past workshop’s attendance', async () => {
    const [past] = seeded('Networking 101');
    const statuses = (await roster(api, staff, past.id)).map((e) => e.status);
    expect(statuses.filter((s) => s === 'ATTENDED')).toHaveLength(6);
    expect(statuses.filter((s) => s === 'NO_SHOW')).toHaveLength(2);
    expect(statuses.filter((s) => s === 'CANCELLED')).toHaveLength(1);
  });
});
