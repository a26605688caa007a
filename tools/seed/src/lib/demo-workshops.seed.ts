import { randomUUID } from 'node:crypto';
import { RecurrenceKind, RegistrationStatus, skipClosures, weeklyOccurrences, WorkshopStatus } from '@debrief/api/workshops';
import { WorkshopEntity, WorkshopRegistrationEntity, WorkshopSeriesEntity } from '@debrief/api/workshops/entities';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { DEMO_CLOSURES } from './demo-schedule.data';

interface Person {
  id: string;
  email: string;
}

/** The demo center's zone (CENTER_TIME_ZONE's default). */
const ZONE = 'America/Chicago';
const DAY = 86400_000;

interface Plan {
  title: string;
  description: string;
  topics: string[];
  facilitators: string[];
  location: string;
  /** Local start: whole days from today, and "HH:mm". */
  inDays: number;
  at: string;
  minutes: number;
  capacity: number;
  status?: WorkshopStatus;
  audienceClassYears?: number[];
  audienceMajors?: string[];
  /** Registrations in arrival order: [student index, status]. */
  registrations?: [number, RegistrationStatus][];
}

const R = RegistrationStatus;
const seats = (from: number, count: number, status = R.Registered): [number, RegistrationStatus][] => Array.from({ length: count }, (_, i) => [from + i, status]);

/**
 * A term of workshops: a weekly Résumé Lab series (skipping closures), a full bootcamp with a
 * waitlist, a nearly full circle, audience-limited ones, a past one with attendance, and a draft.
 * Student 0 is Jordan Rivera (student@): registered for the first Résumé Lab, free to join the
 * bootcamp's waitlist.
 */
export async function seedDemoWorkshops(m: EntityManager, staff: Person, coaches: Person[], students: Person[], now = Date.now()): Promise<number> {
  const coach = (email: string) => coaches.find((c) => c.email === email)?.id as string;
  const today = DateTime.fromMillis(now, { zone: ZONE }).startOf('day');
  const startOf = (inDays: number, at: string) => today.plus({ days: inDays }).set({ hour: Number(at.slice(0, 2)), minute: Number(at.slice(3, 5)) });

  const plans: Plan[] = [
    {
      title: 'Behavioral Interview Bootcamp',
      description: 'Two hours of STAR practice in pairs: situation, task, action, result, and what you learned. Bring two stories from projects, jobs or clubs.',
      topics: ['behavioral', 'interviews'],
      facilitators: [coach('amara.okafor@debrief.example')],
      location: 'Career Center, Room 110',
      inDays: 9,
      at: '18:00',
      minutes: 120,
      capacity: 10,
      registrations: [...seats(1, 10), ...seats(11, 3, R.Waitlisted)],
    },
    {
      title: 'System Design Circle',
      description: 'A small group sketches one system end to end (requirements, APIs, data, scaling) and critiques it together.',
      topics: ['system design', 'interviews'],
      facilitators: [coach('marcus.chen@debrief.example')],
      location: 'https://meet.debrief.example/system-design-circle',
      inDays: 12,
      at: '17:00',
      minutes: 90,
      capacity: 8,
      registrations: seats(14, 7),
    },
    {
      title: 'Mock Interview Night: Class of 2027',
      description: 'Back-to-back 25-minute mock interviews with coaches and alumni, for juniors heading into internship season.',
      topics: ['interviews', 'internships'],
      facilitators: [coach('coach@debrief.example'), coach('daniel.whitfield@debrief.example')],
      location: 'Student Union, Ballroom B',
      inDays: 16,
      at: '18:30',
      minutes: 150,
      capacity: 30,
      audienceClassYears: [2027],
    },
    {
      title: 'Internship Search Kickoff for CS and Data Science',
      description: 'Where to look, when to apply, and how to track applications; with a résumé checklist for technical roles.',
      topics: ['internships', 'resume'],
      facilitators: [coach('sofia.lindqvist@debrief.example')],
      location: 'Engineering Hall, Room 2.14',
      inDays: 6,
      at: '12:00',
      minutes: 60,
      capacity: 40,
      audienceMajors: ['Computer Science', 'Data Science'],
      registrations: seats(21, 5),
    },
    {
      title: 'Networking 101',
      description: 'How to start and follow up on a conversation at a career fair, with practice rounds.',
      topics: ['networking'],
      facilitators: [coach('amara.okafor@debrief.example')],
      location: 'Career Center, Room 110',
      inDays: -12,
      at: '16:00',
      minutes: 60,
      capacity: 12,
      registrations: [...seats(2, 6, R.Attended), ...seats(8, 2, R.NoShow), [10, R.Cancelled]],
    },
    {
      title: 'Salary Negotiation Basics',
      description: 'Draft: research ranges, respond to an offer, and negotiate more than the salary.',
      topics: ['offers'],
      facilitators: [],
      location: 'Career Center, Room 204',
      inDays: 24,
      at: '16:00',
      minutes: 60,
      capacity: 25,
      status: WorkshopStatus.Draft,
    },
  ];

  let count = 0;
  for (const plan of plans) {
    const start = startOf(plan.inDays, plan.at);
    await insertWorkshop(m, staff, plan, null, start.toJSDate(), start.plus({ minutes: plan.minutes }).toJSDate(), students);
    count += 1;
  }

  // Résumé Lab: Tuesdays 16:00 for six weeks from next Tuesday, closures skipped.
  const firstTuesday = today.plus({ days: ((2 - today.weekday + 7) % 7) || 7 }).set({ hour: 16 });
  const planned = weeklyOccurrences({ start: firstTuesday.toJSDate(), end: firstTuesday.plus({ minutes: 60 }).toJSDate() }, 6, ZONE);
  const { kept } = skipClosures(planned, DEMO_CLOSURES, ZONE);
  const series = await m.getRepository(WorkshopSeriesEntity).save(m.create(WorkshopSeriesEntity, { title: 'Résumé Lab', recurrence: RecurrenceKind.Weekly }));
  for (const [i, o] of kept.entries()) {
    const lab: Plan = {
      title: 'Résumé Lab',
      description: 'Drop-in résumé review in small groups: bring a printed or shared copy and a job posting you care about.',
      topics: ['resume'],
      facilitators: [coach('daniel.whitfield@debrief.example')],
      location: 'Career Center, Room 204',
      inDays: 0,
      at: '16:00',
      minutes: 60,
      capacity: 12,
      registrations: i === 0 ? [[0, R.Registered], ...seats(30, 5)] : i === 1 ? seats(35, 3) : [],
    };
    await insertWorkshop(m, staff, lab, series.id, o.start, o.end, students);
    count += 1;
  }
  return count;
}

async function insertWorkshop(m: EntityManager, staff: Person, plan: Plan, seriesId: string | null, startsAt: Date, endsAt: Date, students: Person[]): Promise<void> {
  const registrations = plan.registrations ?? [];
  const held = registrations.filter(([, s]) => s === R.Registered || s === R.Attended || s === R.NoShow).length;
  const w = await m.getRepository(WorkshopEntity).save(
    m.create(WorkshopEntity, {
      seriesId,
      title: plan.title,
      description: plan.description,
      topics: plan.topics,
      facilitatorIds: plan.facilitators.filter(Boolean),
      location: plan.location,
      startsAt,
      endsAt,
      capacity: plan.capacity,
      seatsTaken: held,
      registrationOpensAt: new Date(startsAt.getTime() - 21 * DAY),
      registrationClosesAt: startsAt,
      audienceClassYears: plan.audienceClassYears ?? [],
      audienceMajors: plan.audienceMajors ?? [],
      status: plan.status ?? WorkshopStatus.Published,
      icalUid: randomUUID(),
      createdById: staff.id,
    }),
  );
  if (registrations.length === 0) return;
  await m.getRepository(WorkshopRegistrationEntity).insert(
    registrations.map(([index, status], i) => ({
      workshopId: w.id,
      studentId: students[index % students.length].id,
      status,
      queueNo: i + 1,
      seatedAt: status === R.Waitlisted ? null : new Date(startsAt.getTime() - (20 - i) * 3600_000),
      cancelledAt: status === R.Cancelled ? new Date(startsAt.getTime() - 2 * DAY) : null,
      checkedInAt: status === R.Attended || status === R.NoShow ? new Date(startsAt.getTime() + 5 * 60_000) : null,
    })),
  );
}
