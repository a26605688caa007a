import { ErrorCode, Role } from '@debrief/shared/domain';
import { Agent, errorCode, expectNoErrors, startApi, TestApi } from '../support/api';
import { createStudents, DAY, Person } from '../scheduling/scheduling.helpers';
import { createWorkshop, register, seatMismatches, Workshop, WORKSHOP_FIELDS, WORKSHOPS } from './workshops.helpers';

const CATALOG = `query($filter: WorkshopFilterInput, $page: WorkshopPageInput) {
  workshopCatalog(filter: $filter, page: $page) { nextCursor items { ${WORKSHOP_FIELDS} } } }`;

interface Page {
  nextCursor: string | null;
  items: Workshop[];
}

/** The catalog a page at a time: bounded pages, a keyset cursor, the same items and fields as the full list. */
describe('workshop catalog pages', () => {
  let api: TestApi;
  let staff: Agent;
  let student: Person;
  const made: Workshop[] = [];
  // Only this spec's workshops: they are the only ones with this topic.
  const topic = `pages-${Date.now().toString(36)}`;

  beforeAll(async () => {
    api = await startApi();
    const admin = await api.signInAs(Role.Admin);
    staff = await api.signInAs(Role.Staff);
    [student] = await createStudents(api, admin, 1, 'ws-pages');
    for (let i = 0; i < 7; i++) made.push(await createWorkshop(api, staff, { topics: [topic], capacity: 5 }, 3 + i));
    expectNoErrors(await register(api, student.agent, made[4].id));
  }, 120_000);

  afterAll(async () => {
    if (api) expect(await seatMismatches(api, made.map((w) => w.id))).toEqual([]);
    await api?.close();
  });

  const page = async (who: Agent, first: number, after?: string | null) =>
    expectNoErrors(await api.gql<{ workshopCatalog: Page }>(who, CATALOG, { filter: { topic }, page: { first, after } })).workshopCatalog;

  it('walks the whole catalog in pages of at most `first`, in start order, ending with a null cursor', async () => {
    const seen: Workshop[] = [];
    let cursor: string | null = null;
    const sizes: number[] = [];
    do {
      const p: Page = await page(student.agent, 3, cursor);
      sizes.push(p.items.length);
      seen.push(...p.items);
      cursor = p.nextCursor;
    } while (cursor);
    expect(sizes).toEqual([3, 3, 1]);
    expect(seen.map((w) => w.id)).toEqual(made.map((w) => w.id));
  });

  it('shows each item as the full list does: the viewer’s registration, facilitators and overlaps included', async () => {
    const all = expectNoErrors(await api.gql<{ workshops: Workshop[] }>(student.agent, WORKSHOPS, { filter: { topic } })).workshops;
    const first = await page(student.agent, 7);
    expect(first.items).toEqual(all);
    expect(first.nextCursor).toBeNull();
    expect(first.items[4].myRegistration?.status).toBe('REGISTERED');
    expect(first.items.filter((w) => w.myRegistration).map((w) => w.id)).toEqual([made[4].id]);
  });

  it('answers the same for staff without a registration of their own', async () => {
    const p = await page(staff, 2);
    expect(p.items.map((w) => w.id)).toEqual(made.slice(0, 2).map((w) => w.id));
    expect(p.items.every((w) => w.myRegistration === null && w.overlappingSessions.length === 0)).toBe(true);
  });

  it('refuses a page size out of bounds and a cursor it did not issue as BAD_USER_INPUT', async () => {
    for (const first of [0, 101]) {
      expect(errorCode(await api.gql(student.agent, CATALOG, { filter: { topic }, page: { first } }))).toBe(ErrorCode.BadUserInput);
    }
    for (const after of ['not-a-cursor', Buffer.from('["2030-01-01T00:00:00Z","x"]').toString('base64url')]) {
      expect(errorCode(await api.gql(student.agent, CATALOG, { filter: { topic }, page: { first: 3, after } }))).toBe(ErrorCode.BadUserInput);
    }
  });

  it('defaults to a bounded page when no page is given', async () => {
    const res = expectNoErrors(await api.gql<{ workshopCatalog: Page }>(student.agent, CATALOG, { filter: { topic, from: new Date(Date.now() + DAY).toISOString() } }));
    expect(res.workshopCatalog.items).toHaveLength(7);
    expect(res.workshopCatalog.nextCursor).toBeNull();
  });
});
