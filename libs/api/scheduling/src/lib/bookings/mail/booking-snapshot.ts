import { UserDirectoryService } from '@debrief/api/identity';
import { EntityManager } from 'typeorm';
import { BookingStatus } from '../../scheduling.enums';

/** A booking as its emails and calendar entries need it, with both parties' names, addresses and zones. */
export interface BookingSnapshot {
  id: string;
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
  location: string;
  cancelReason: string | null;
  icalUid: string;
  icalSequence: number;
  updatedAt: Date;
  sessionName: string;
  preparation: string;
  coachId: string;
  coachName: string;
  coachEmail: string;
  coachTimeZone: string;
  studentId: string;
  studentName: string;
  studentEmail: string;
  studentTimeZone: string;
}

/** The booking's own facts and its type; the parties' names, addresses and zones come from identity. */
const SELECT = `
  SELECT b.id, b.status::text AS status, b.starts_at AS "startsAt", b.ends_at AS "endsAt", b.location,
         b.cancel_reason AS "cancelReason", b.ical_uid AS "icalUid", b.ical_sequence AS "icalSequence", b.updated_at AS "updatedAt",
         t.name AS "sessionName", t.preparation, b.coach_id AS "coachId", b.student_id AS "studentId"
    FROM bookings b
    JOIN session_types t ON t.id = b.session_type_id`;

type BookingRow = Omit<BookingSnapshot, 'coachName' | 'coachEmail' | 'coachTimeZone' | 'studentName' | 'studentEmail' | 'studentTimeZone'>;

/** Adds both parties from identity's read interface (one query for every row's people). */
async function withParties(m: EntityManager, people: UserDirectoryService, rows: BookingRow[]): Promise<BookingSnapshot[]> {
  const who = await people.people(rows.flatMap((r) => [r.coachId, r.studentId]), m);
  return rows.flatMap((r) => {
    const [c, s] = [who.get(r.coachId), who.get(r.studentId)];
    if (!c || !s) return [];
    return [{ ...r, coachName: c.name, coachEmail: c.email, coachTimeZone: c.timeZone, studentName: s.name, studentEmail: s.email, studentTimeZone: s.timeZone }];
  });
}

export async function loadBookingSnapshot(m: EntityManager, people: UserDirectoryService, bookingId: string): Promise<BookingSnapshot | null> {
  const rows = (await m.query(`${SELECT} WHERE b.id = $1`, [bookingId])) as BookingRow[];
  return (await withParties(m, people, rows))[0] ?? null;
}

/**
 * A user's sessions (as student or coach) overlapping the window; cancelled ones only if they
 * were cancelled within it, so feeds keep them as CANCELLED for a while and then drop them.
 */
export async function loadBookingsForUser(m: EntityManager, people: UserDirectoryService, userId: string, from: Date, to: Date): Promise<BookingSnapshot[]> {
  const rows = (await m.query(
    `${SELECT} WHERE (b.student_id = $1 OR b.coach_id = $1) AND b.ends_at > $2 AND b.starts_at < $3
       AND (b.status <> 'CANCELLED' OR b.updated_at > $2)
     ORDER BY b.starts_at LIMIT 5000`,
    [userId, from, to],
  )) as BookingRow[];
  return withParties(m, people, rows);
}
