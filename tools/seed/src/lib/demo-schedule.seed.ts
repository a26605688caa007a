import { randomUUID } from 'node:crypto';
import { faker } from '@faker-js/faker';
import { BookingEventKind, BookingStatus, computeSlots, Interval, LocationKind } from '@debrief/api/scheduling';
import { BookingEntity, BookingEventEntity, ClosureEntity, SessionTypeCoachEntity, SessionTypeEntity, WeeklyHoursEntity } from '@debrief/api/scheduling/entities';
import { EntityManager } from 'typeorm';
import { DEMO_CLOSURES, DEMO_SESSION_TYPES, DEMO_WEEKLY_HOURS, DemoSessionType } from './demo-schedule.data';

interface Person {
  id: string;
  email: string;
  timeZone: string;
}

const DAY = 86400_000;
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Session types, coaches' hours, closures, and a term's worth of history: past sessions
 * (completed, a few no-shows, a cancellation) and upcoming ones, placed on real free slots.
 */
export async function seedDemoSchedule(m: EntityManager, coaches: Person[], students: Person[], now = Date.now()): Promise<number> {
  const coachByEmail = new Map(coaches.map((c) => [c.email, c]));
  const types = new Map<string, { type: SessionTypeEntity; demo: DemoSessionType }>();
  for (const demo of DEMO_SESSION_TYPES) {
    const { key, coaches: offeredBy, ...fields } = demo;
    const type = await m.getRepository(SessionTypeEntity).save(
      m.create(SessionTypeEntity, { ...fields, locationKind: demo.room ? LocationKind.Room : LocationKind.Video }),
    );
    types.set(key, { type, demo });
    await m.getRepository(SessionTypeCoachEntity).insert(offeredBy.map((email) => ({ sessionTypeId: type.id, coachId: coachByEmail.get(email)?.id as string })));
  }
  for (const [email, ranges] of Object.entries(DEMO_WEEKLY_HOURS)) {
    const coachId = coachByEmail.get(email)?.id as string;
    await m.getRepository(WeeklyHoursEntity).insert(ranges.map(([weekday, from, to]) => ({ coachId, weekday, startMinute: minutes(from), endMinute: minutes(to) })));
  }
  await m.getRepository(ClosureEntity).insert(DEMO_CLOSURES);

  faker.seed(7);
  const busy = new Map<string, Interval[]>();
  const studentBusy = new Map<string, Interval[]>();
  const plan: { student: Person; key: string; week: number; status: BookingStatus }[] = [];
  const keys = ['coding', 'behavioral', 'system-design', 'coding', 'resume', 'behavioral', 'product', 'advising'];
  students.slice(0, 16).forEach((student, i) => {
    plan.push({ student, key: keys[i % keys.length], week: -(1 + (i % 5)), status: i % 7 === 3 ? BookingStatus.NoShow : BookingStatus.Completed });
    if (i % 2 === 0) plan.push({ student, key: keys[(i + 3) % keys.length], week: 1 + (i % 3), status: BookingStatus.Booked });
  });
  plan.push({ student: students[0], key: 'behavioral', week: -6, status: BookingStatus.Completed });
  plan.push({ student: students[1], key: 'coding', week: 2, status: BookingStatus.Cancelled });
  // A second coding session for the demo student, so their coaching progress has a trend.
  plan.push({ student: students[0], key: 'coding', week: -3, status: BookingStatus.Completed });

  let created = 0;
  for (const p of plan) {
    const { type, demo } = types.get(p.key) as { type: SessionTypeEntity; demo: DemoSessionType };
    const window = { start: now + p.week * 7 * DAY, end: now + (p.week + 1) * 7 * DAY };
    for (const email of faker.helpers.shuffle([...demo.coaches])) {
      const coach = coachByEmail.get(email) as Person;
      const weekly = DEMO_WEEKLY_HOURS[email].map(([weekday, from, to]) => ({ weekday, startMinute: minutes(from), endMinute: minutes(to) }));
      const slots = computeSlots(
        { coachId: coach.id, timeZone: coach.timeZone, weekly, overrides: [], busy: busy.get(coach.id) ?? [] },
        {
          window,
          now: window.start - DAY,
          rules: { durationMinutes: type.durationMinutes, bufferBeforeMinutes: 0, bufferAfterMinutes: type.bufferAfterMinutes, minNoticeMinutes: 0, horizonDays: 400, stepMinutes: 30 },
          closures: DEMO_CLOSURES,
          centerTimeZone: 'America/Chicago',
          studentBusy: studentBusy.get(p.student.id) ?? [],
        },
      ).filter((s) => (p.week < 0 ? s < now - DAY : s > now + 2 * DAY));
      if (slots.length === 0) continue;
      const start = faker.helpers.arrayElement(slots);
      const end = start + type.durationMinutes * 60_000;
      const blockedTo = end + type.bufferAfterMinutes * 60_000;
      if (p.status !== BookingStatus.Cancelled) {
        busy.set(coach.id, [...(busy.get(coach.id) ?? []), { start, end: blockedTo }].sort((a, b) => a.start - b.start));
        studentBusy.set(p.student.id, [...(studentBusy.get(p.student.id) ?? []), { start, end }].sort((a, b) => a.start - b.start));
      }
      const booking = await m.getRepository(BookingEntity).save(
        m.create(BookingEntity, {
          sessionTypeId: type.id,
          coachId: coach.id,
          studentId: p.student.id,
          startsAt: new Date(start),
          endsAt: new Date(end),
          blockedFrom: new Date(start),
          blockedTo: new Date(blockedTo),
          status: p.status,
          assignment: "student's choice",
          location: type.room ?? 'Video call — your coach shares the link',
          cancelReason: p.status === BookingStatus.Cancelled ? 'Exam moved to that afternoon' : null,
          icalUid: randomUUID(),
          icalSequence: p.status === BookingStatus.Cancelled ? 1 : 0,
        }),
      );
      const events: Partial<BookingEventEntity>[] = [{ kind: BookingEventKind.Booked, actorId: p.student.id, at: new Date(start - 9 * DAY), toStartsAt: booking.startsAt }];
      if (p.status === BookingStatus.Completed) events.push({ kind: BookingEventKind.Completed, actorId: coach.id, at: new Date(end) });
      if (p.status === BookingStatus.NoShow) events.push({ kind: BookingEventKind.NoShow, actorId: coach.id, at: new Date(start + 15 * 60_000) });
      if (p.status === BookingStatus.Cancelled) events.push({ kind: BookingEventKind.Cancelled, actorId: p.student.id, at: new Date(now - DAY), reason: booking.cancelReason });
      await m.getRepository(BookingEventEntity).insert(events.map((e) => ({ ...e, bookingId: booking.id })));
      created++;
      break;
    }
  }
  return created;
}
