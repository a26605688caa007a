import { Role } from '@debrief/shared/domain';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { expectNoErrors, isTestEmail, startApi, TestApi } from '../support/api';

const USERS = `
  query Users($filter: UserFilterInput) {
    users(filter: $filter) { id email role status timeZone studentProfile { classYear major } }
  }
`;

interface User {
  id: string;
  email: string;
  role: Role;
  status: string;
  timeZone: string;
  studentProfile: { classYear: number; major: string } | null;
}

/**
 * The demo accounts as the users list shows them, one search per address: the list is capped (500,
 * by name), and on the real server's shared database earlier specs add enough users (the peer
 * race's 100 students, …) to push demo accounts out of one unfiltered page.
 */
async function demoUsers(api: TestApi, admin: Awaited<ReturnType<TestApi['signInAs']>>): Promise<User[]> {
  const rows = (await api.app.get<DataSource>(getDataSourceToken()).query(`SELECT email FROM users ORDER BY email`)) as { email: string }[];
  const users: User[] = [];
  for (const { email } of rows.filter((r) => !isTestEmail(r.email))) {
    const found = expectNoErrors(await api.gql(admin, USERS, { filter: { search: email } })).users as User[];
    users.push(...found.filter((u) => u.email === email));
  }
  return users;
}

/** What SEED_DEMO=true puts into an empty database (users the other specs create are left out). */
describe('demo career center', () => {
  let api: TestApi;
  let seeded: User[];

  beforeAll(async () => {
    api = await startApi();
    const admin = await api.signInAs(Role.Admin);
    seeded = await demoUsers(api, admin);
  });

  afterAll(async () => {
    await api?.close();
  });

  const byRole = (role: Role) => seeded.filter((u) => u.role === role);

  it('has 1 admin, 2 staff, 6 coaches and 40 students', () => {
    expect({
      admins: byRole(Role.Admin).length,
      staff: byRole(Role.Staff).length,
      coaches: byRole(Role.Coach).length,
      students: byRole(Role.Student).length,
    }).toEqual({ admins: 1, staff: 2, coaches: 6, students: 40 });
  });

  it('gives every student a class year and a major', () => {
    const students = byRole(Role.Student);
    expect(students.length).toBeGreaterThan(0);
    for (const s of students) {
      expect(s.studentProfile).toEqual({ classYear: expect.any(Number), major: expect.any(String) });
      expect(s.studentProfile?.classYear).toBeGreaterThanOrEqual(2000);
      expect(s.studentProfile?.major.length).toBeGreaterThan(0);
    }
  });

  it('gives no student profile to the other roles', () => {
    expect(seeded.filter((u) => u.role !== Role.Student && u.studentProfile !== null).map((u) => u.email)).toEqual([]);
  });

  it('has unique emails, case-insensitively', () => {
    const emails = seeded.map((u) => u.email.toLowerCase());
    expect(new Set(emails).size).toBe(emails.length);
  });

  it('makes every demo account active', () => {
    expect(seeded.filter((u) => u.status !== 'ACTIVE').map((u) => u.email)).toEqual([]);
  });

  it('seeds only once: a second app on the same database adds nobody', async () => {
    const second = await startApi({ SEED_DEMO: 'true' });
    try {
      const admin = await second.signInAs(Role.Admin);
      expect((await demoUsers(second, admin)).length).toBe(seeded.length);
    } finally {
      await second.close();
    }
  });
});
