import { faker } from '@faker-js/faker';
import { PasswordHasher } from '@debrief/api/identity';
import { CoachProfileEntity, StudentProfileEntity, UserEntity } from '@debrief/api/identity/entities';
import { Role, UserStatus } from '@debrief/shared/domain';
import { DataSource, EntityManager } from 'typeorm';
import { seedDemoCoaching } from './demo-coaching.seed';
import { seedDemoSchedule } from './demo-schedule.seed';
import { seedDemoWorkshops } from './demo-workshops.seed';
import { DEMO_COACHES, DEMO_PASSWORD, DEMO_STAFF, DEMO_STUDENT, MAJORS, STUDENT_COUNT, STUDENT_TIME_ZONES } from './demo-center.data';

export interface SeedSummary {
  users: number;
  bookings: number;
  workshops: number;
}

/**
 * Seeds the demo career center when the database has no users yet; does nothing otherwise.
 * An advisory lock makes concurrent starts (several API processes) seed once.
 */
export async function seedDemoCenterIfEmpty(db: DataSource): Promise<SeedSummary | null> {
  const passwordHash = await new PasswordHasher().hash(DEMO_PASSWORD);
  return db.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('debrief:seed'))`);
    const [{ count }] = (await manager.query('SELECT count(*)::int AS count FROM users')) as { count: number }[];
    if (count > 0) return null;
    return seedDemoCenter(manager, passwordHash);
  });
}

async function seedDemoCenter(manager: EntityManager, passwordHash: string): Promise<SeedSummary> {
  const users = manager.getRepository(UserEntity);
  const active = { status: UserStatus.Active, passwordHash };
  await users.insert(DEMO_STAFF.map((s) => ({ ...s, pronouns: s.pronouns ?? null, ...active })));

  const coaches: { id: string; email: string; timeZone: string }[] = [];
  for (const coach of DEMO_COACHES) {
    const { identifiers } = await users.insert({
      email: coach.email,
      name: coach.name,
      role: Role.Coach,
      timeZone: coach.timeZone,
      pronouns: coach.pronouns ?? null,
      ...active,
    });
    await manager.getRepository(CoachProfileEntity).insert({
      userId: identifiers[0]['id'] as string,
      headline: coach.headline,
      bio: coach.bio,
      specialties: coach.specialties,
    });
    coaches.push({ id: identifiers[0]['id'] as string, email: coach.email, timeZone: coach.timeZone });
  }

  const students = [{ ...DEMO_STUDENT }, ...generatedStudents(STUDENT_COUNT - 1)];
  const { identifiers } = await users.insert(
    students.map((s) => ({ email: s.email, name: s.name, role: Role.Student, timeZone: s.timeZone, pronouns: s.pronouns, ...active })),
  );
  await manager.getRepository(StudentProfileEntity).insert(
    students.map((s, i) => ({ userId: identifiers[i]['id'] as string, classYear: s.classYear, major: s.major })),
  );
  const bookings = await seedDemoSchedule(
    manager,
    coaches,
    students.map((s, i) => ({ id: identifiers[i]['id'] as string, email: s.email, timeZone: s.timeZone })),
  );
  await seedDemoCoaching(manager, { studentId: identifiers[0]['id'] as string, coachId: coaches[0].id });
  const staff = (await users.findOneByOrFail({ email: 'staff@debrief.example' })) as { id: string; email: string };
  const workshops = await seedDemoWorkshops(
    manager,
    staff,
    coaches,
    students.map((s, i) => ({ id: identifiers[i]['id'] as string, email: s.email })),
  );
  return { users: DEMO_STAFF.length + DEMO_COACHES.length + students.length, bookings, workshops };
}

/** The same realistic students on every machine: faker with a fixed seed. */
function generatedStudents(count: number) {
  faker.seed(20261121);
  const taken = new Set<string>([DEMO_STUDENT.email]);
  const students = [];
  while (students.length < count) {
    const sex = faker.person.sexType();
    const first = faker.person.firstName(sex);
    const last = faker.person.lastName();
    const email = `${first}.${last}@students.debrief.example`.toLowerCase().replace(/[^a-z0-9.@]/g, '');
    if (taken.has(email)) continue;
    taken.add(email);
    students.push({
      email,
      name: `${first} ${last}`,
      timeZone: faker.helpers.arrayElement(STUDENT_TIME_ZONES),
      pronouns: faker.helpers.maybe(() => (sex === 'female' ? 'she/her' : 'he/him'), { probability: 0.4 }) ?? null,
      classYear: faker.helpers.arrayElement([2026, 2027, 2027, 2028, 2028, 2029]),
      major: faker.helpers.arrayElement(MAJORS),
    });
  }
  return students;
}
