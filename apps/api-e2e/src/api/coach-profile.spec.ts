import { Role } from '@debrief/shared/domain';
import { errorCode, expectNoErrors, startApi, TestApi } from '../support/api';

const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateCoachProfileInput!) {
    updateCoachProfile(input: $input) { id headline bio specialties }
  }
`;
const COACHES = /* GraphQL */ `{ coaches { id name headline bio specialties } }`;

interface Coach {
  id: string;
  name: string;
  headline: string;
  bio: string;
  specialties: string[];
}

describe('coach directory profiles', () => {
  let api: TestApi;
  let priya: Coach;
  let marcus: Coach;

  beforeAll(async () => {
    api = await startApi();
    const student = await api.signInAs(Role.Student);
    const coaches = expectNoErrors(await api.gql<{ coaches: Coach[] }>(student, COACHES)).coaches;
    priya = coaches.find((c) => c.name === 'Priya Raman') as Coach;
    marcus = coaches.find((c) => c.name === 'Marcus Chen') as Coach;
  });

  afterAll(async () => {
    // Put the demo profiles back as they were for the other spec files.
    const staff = await api.signInAs(Role.Staff);
    for (const c of [priya, marcus]) {
      expectNoErrors(await api.gql(staff, UPDATE, { input: { coachId: c.id, headline: c.headline, bio: c.bio, specialties: c.specialties } }));
    }
    await api?.close();
  });

  it('lets a coach edit their own headline, bio and specialties, and the directory shows it', async () => {
    const coach = await api.signInAs(Role.Coach);
    const res = await api.gql(coach, UPDATE, {
      input: { coachId: priya.id, headline: 'Interview loops, decoded', specialties: ['CODING', 'BEHAVIORAL'] },
    });
    expect(expectNoErrors(res).updateCoachProfile).toEqual({
      id: priya.id,
      headline: 'Interview loops, decoded',
      bio: priya.bio,
      specialties: ['CODING', 'BEHAVIORAL'],
    });
    const student = await api.signInAs(Role.Student);
    const behavioral = expectNoErrors(await api.gql<{ coaches: Coach[] }>(student, `{ coaches(filter: { specialty: BEHAVIORAL }) { id } }`)).coaches;
    expect(behavioral.map((c) => c.id)).toContain(priya.id);
  });

  it("refuses a coach editing another coach's profile", async () => {
    const coach = await api.signInAs(Role.Coach);
    const res = await api.gql(coach, UPDATE, { input: { coachId: marcus.id, headline: 'Hijacked' } });
    expect(errorCode(res)).toBe('FORBIDDEN');
  });

  it('refuses students', async () => {
    const student = await api.signInAs(Role.Student);
    expect(errorCode(await api.gql(student, UPDATE, { input: { coachId: priya.id, bio: 'x' } }))).toBe('FORBIDDEN');
  });

  it("lets staff edit any coach's profile", async () => {
    const staff = await api.signInAs(Role.Staff);
    const res = await api.gql(staff, UPDATE, { input: { coachId: marcus.id, bio: 'Updated by the center.' } });
    expect(expectNoErrors(res).updateCoachProfile.bio).toBe('Updated by the center.');
  });

  it.each([
    [{ specialties: ['CODING', 'CODING'] }, 'specialties'],
    [{ headline: 'x'.repeat(161) }, 'headline'],
    [{ specialties: ['JUGGLING'] }, 'specialties'],
  ])('rejects %p naming %s', async (change, field) => {
    const staff = await api.signInAs(Role.Staff);
    const res = await api.gql(staff, UPDATE, { input: { coachId: marcus.id, ...change } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain(field);
  });

  it('answers NOT_FOUND for an id that is not a coach', async () => {
    const staff = await api.signInAs(Role.Staff);
    const res = await api.gql(staff, UPDATE, { input: { coachId: '00000000-0000-4000-8000-000000000000', bio: 'x' } });
    expect(errorCode(res)).toBe('NOT_FOUND');
  });
});
