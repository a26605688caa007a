import { Workers } from '@debrief/api/notifications';
import { Role } from '@debrief/shared/domain';
import { Agent, createTestUser, TestApi } from '../support/api';
import { BOOK, bookingOf, Booking, createCoach, createSessionType, DAY, everyDay, Person, searchSlots, SessionType, Slot } from '../scheduling/scheduling.helpers';

export function workers(api: TestApi): Workers {
  return api.app.get(Workers);
}

/** Runs worker rounds until `done()` holds (messages may be waiting out a backoff), or fails after `ms`. */
export async function workUntil(apis: TestApi[], done: () => boolean, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for the workers');
    await Promise.all(apis.map((a) => workers(a).runOnce()));
    await new Promise((r) => setTimeout(r, 25));
  }
}

export interface MailWorld {
  coach: Person & { timeZone: string };
  type: SessionType;
  slots: Slot[];
}

/** A coach of the test's own (in `zone`), a session type only they offer, and their free slots over two weeks. */
export async function mailWorld(api: TestApi, admin: Agent, staff: Agent, zone = 'America/New_York', label = 'mail-coach'): Promise<MailWorld> {
  const coach = await createCoach(api, admin, staff, zone, everyDay('08:00', '20:00'), label);
  const type = await createSessionType(api, staff, {
    coachIds: [coach.id],
    preparation: 'Bring your résumé and one story about a project you are proud of.',
  });
  const from = new Date(Date.now() + 2 * DAY);
  const all = await searchSlots(api, staff, { sessionTypeId: type.id, coachId: coach.id, from, to: new Date(from.getTime() + 14 * DAY) });
  // Starts come every 30 minutes for a 60-minute type: keep only slots that do not overlap.
  const slots: Slot[] = [];
  for (const slot of all) if (!slots.length || new Date(slot.start) >= new Date(slots[slots.length - 1].end)) slots.push(slot);
  return { coach, type, slots };
}

/** Staff books `slot` for a new student in `zone`. */
export async function bookFor(api: TestApi, admin: Agent, staff: Agent, world: MailWorld, slot: Slot, zone = 'Europe/Berlin') {
  const student = await createTestUser(api, admin, { role: Role.Student, label: 'mail-student', timeZone: zone });
  const booking: Booking = bookingOf(
    await api.gql(staff, BOOK, { input: { sessionTypeId: world.type.id, coachId: world.coach.id, start: slot.start, studentId: student.id } }),
  );
  return { student, booking };
}
