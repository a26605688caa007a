import { EntityManager } from 'typeorm';
import { BookingStatus } from '../../scheduling.enums';

/** A booking as its emails and calendar entries need it: one query, both parties' names, addresses and zones. */
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

const SELECT = `
  SELECT b.id, b.status::text AS status, b.starts_at AS "startsAt", b.ends_at AS "endsAt", b.location,
         b.cancel_reason AS "cancelReason", b.ical_uid AS "icalUid", b.ical_sequence AS "icalSequence", b.updated_at AS "updatedAt",
         t.name AS "sessionName", t.preparation,
         c.id AS "coachId", c.name AS "coachName", c.email AS "coachEmail", c.time_zone AS "coachTimeZone",
         s.id AS "studentId", s.name AS "studentName", s.email AS "studentEmail", s.time_zone AS "studentTimeZone"
    FROM bookings b
    JOIN session_types t ON t.id = b.session_type_id
    JOIN identity_directory c ON c.id = b.coach_id
    JOIN identity_directory s ON s.id = b.student_id`;

export async function loadBookingSnapshot(m: EntityManager, bookingId: string): Promise<BookingSnapshot | null> {
  const rows = (await m.query(`${SELECT} WHERE b.id = $1`, [bookingId])) as BookingSnapshot[];
  return rows[0] ?? null;
}

/**
 * A user's sessions (as student or coach) overlapping the window; cancelled ones only if they
 * were cancelled within it, so feeds keep them as CANCELLED for a while and then drop them.
 */
export async function loadBookingsForUser(m: EntityManager, userId: string, from: Date, to: Date): Promise<BookingSnapshot[]> {
  return (await m.query(
    `${SELECT} WHERE (b.student_id = $1 OR b.coach_id = $1) AND b.ends_at > $2 AND b.starts_at < $3
       AND (b.status <> 'CANCELLED' OR b.updated_at > $2)
     ORDER BY b.starts_at LIMIT 5000`,
    [userId, from, to],
  )) as BookingSnapshot[];
}
