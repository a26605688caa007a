import { EntityManager } from 'typeorm';
import { WorkshopEntity } from '../workshops/workshop.entity';
import { RegistrationStatus, WorkshopStatus } from '../workshops.enums';
import { WorkshopRegistrationEntity } from './registration.entity';

/**
 * The seat rules every write path shares. Callers hold the workshop's row lock
 * (`lockWorkshop`) for the whole transaction, so registrations, cancellations, promotions and
 * capacity changes of one workshop happen one after another, in arrival order.
 */
export async function lockWorkshop(m: EntityManager, id: string): Promise<WorkshopEntity | null> {
  return m.getRepository(WorkshopEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
}

/**
 * Takes one seat if one is free: the conditional UPDATE re-checks `seats_taken < capacity`
 * against the latest row, so even without the lock it could not oversell.
 */
export async function takeSeat(m: EntityManager, workshopId: string): Promise<boolean> {
  const result = await m
    .createQueryBuilder()
    .update(WorkshopEntity)
    .set({ seatsTaken: () => 'seats_taken + 1' })
    .where('id = :id AND seats_taken < capacity', { id: workshopId })
    .execute();
  return (result.affected ?? 0) === 1;
}

export async function freeSeat(m: EntityManager, workshopId: string): Promise<void> {
  await m
    .createQueryBuilder()
    .update(WorkshopEntity)
    .set({ seatsTaken: () => 'seats_taken - 1' })
    .where('id = :id AND seats_taken > 0', { id: workshopId })
    .execute();
}

/** The next arrival number at a workshop (under its lock). */
export async function nextQueueNo(m: EntityManager, workshopId: string): Promise<number> {
  const [row] = (await m.query(`SELECT coalesce(max(queue_no), 0) + 1 AS n FROM workshop_registrations WHERE workshop_id = $1`, [workshopId])) as { n: number | string }[];
  return Number(row.n);
}

/**
 * Fills free seats from the waitlist, first in line first, while the workshop is published and
 * has not started. Returns the promoted registrations' ids.
 */
export async function promoteFromWaitlist(m: EntityManager, workshop: WorkshopEntity, now = new Date()): Promise<string[]> {
  if (workshop.status !== WorkshopStatus.Published || workshop.startsAt <= now) return [];
  const promoted: string[] = [];
  for (;;) {
    const [next] = (await m.query(
      `SELECT id FROM workshop_registrations WHERE workshop_id = $1 AND status = 'WAITLISTED' ORDER BY queue_no LIMIT 1`,
      [workshop.id],
    )) as { id: string }[];
    if (!next || !(await takeSeat(m, workshop.id))) break;
    await m
      .getRepository(WorkshopRegistrationEntity)
      .update({ id: next.id, status: RegistrationStatus.Waitlisted }, { status: RegistrationStatus.Registered, seatedAt: now, promotedAt: now });
    promoted.push(next.id);
  }
  return promoted;
}
