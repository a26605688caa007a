import { ErrorCode, Role, ROLES, Specialty } from '@debrief/shared/domain';
import { randomUUID } from 'node:crypto';
import { Agent, errorCode, expectNoErrors, isTestEmail, startApi, TestApi } from '../support/api';

const COACHES = `
  query Coaches($filter: CoachFilterInput) {
    coaches(filter: $filter) { id name headline bio pronouns specialties timeZone }
  }
`;
const COACH = `
  query Coach($id: ID!) {
    coach(id: $id) { id name headline bio specialties timeZone }
  }
`;

const COACH_USERS = `
  query Users($filter: UserFilterInput) {
    users(filter: $filter) { id email }
  }
`;

interface Coach {
  id: string;
  name: string;
  headline: string;
  bio: string;
  specialties: Specialty[];
  timeZone: string;
}

describe('coaches directory', () => {
  let api: TestApi;
  let student: Agent;
  let all: Coach[];
  /** The demo center's coaches: other spec files add coaches of their own (test emails) to this database. */
  let seeded: Coach[];

  beforeAll(async () => {
    api = await startApi();
    student = await api.signInAs(Role.Student);
    all = expectNoErrors(await api.gql(student, COACHES)).coaches;
    const admin = await api.signInAs(Role.Admin);
    const users = expectNoErrors(await api.gql(admin, COACH_USERS, { filter: { role: Role.Coach } })).users as { id: string; email: string }[];
    const demo = new Set(users.filter((u) => !isTestEmail(u.email)).map((u) => u.id));
    seeded = all.filter((c) => demo.has(c.id));
  });

  afterAll(async () => {
    await api?.close();
  });

  it('lets a student browse the six seeded coaches, each with specialties and a bio', () => {
    expect(seeded).toHaveLength(6);
    for (const coach of seeded) {
      expect(coach.name.length).toBeGreaterThan(0);
      expect(coach.bio.trim().length).toBeGreaterThan(0);
      expect(coach.specialties.length).toBeGreaterThan(0);
    }
  });

  it('spreads the coaches over several time zones', () => {
    expect(new Set(all.map((c) => c.timeZone)).size).toBeGreaterThan(1);
  });

  it.each(ROLES)('is readable by %s', async (role) => {
    const agent = await api.signInAs(role);
    const coaches = expectNoErrors(await api.gql(agent, COACHES)).coaches as Coach[];
    expect(coaches.map((c) => c.id).sort()).toEqual(all.map((c) => c.id).sort());
  });

  it.each(Object.values(Specialty))('filters by the %s specialty', async (specialty) => {
    const res = await api.gql(student, COACHES, { filter: { specialty } });
    const found = expectNoErrors(res).coaches as Coach[];
    expect(found.every((c) => c.specialties.includes(specialty))).toBe(true);
    const expected = all.filter((c) => c.specialties.includes(specialty)).map((c) => c.id);
    expect(found.map((c) => c.id).sort()).toEqual(expected.sort());
  });

  it('has at least one specialty that only some coaches offer', () => {
    // Otherwise the specialty filter above proves nothing.
    const partial = Object.values(Specialty).filter((s) => {
      const n = all.filter((c) => c.specialties.includes(s)).length;
      return n > 0 && n < all.length;
    });
    expect(partial.length).toBeGreaterThan(0);
  });

  it('finds a coach by free text in the name', async () => {
    const target = all[0];
    const word = target.name.split(/\s+/)[0];
    const found = expectNoErrors(await api.gql(student, COACHES, { filter: { search: word } })).coaches as Coach[];
    expect(found.map((c) => c.id)).toContain(target.id);
  });

  it('returns one coach by id', async () => {
    const target = all[0];
    const res = await api.gql(student, COACH, { id: target.id });
    expect(expectNoErrors(res).coach).toEqual({
      id: target.id,
      name: target.name,
      headline: target.headline,
      bio: target.bio,
      specialties: target.specialties,
      timeZone: target.timeZone,
    });
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    expect(errorCode(await api.gql(student, COACH, { id: randomUUID() }))).toBe(ErrorCode.NotFound);
  });

  it('answers BAD_USER_INPUT for a malformed id', async () => {
    expect(errorCode(await api.gql(student, COACH, { id: 'not-a-uuid' }))).toBe(ErrorCode.BadUserInput);
  });

  it('answers NOT_FOUND for the id of a user who is not a coach', async () => {
    const me = expectNoErrors(await api.gql(student, `{ me { id } }`)).me;
    expect(errorCode(await api.gql(student, COACH, { id: me.id }))).toBe(ErrorCode.NotFound);
  });

  it('requires sign-in', async () => {
    expect(errorCode(await api.gql(api.agent(), COACHES))).toBe(ErrorCode.Unauthenticated);
  });
});
