import { Injectable } from '@nestjs/common';
import { AuthUser, ForbiddenError, NotFoundError } from '@debrief/api/core';
import { hasPermission, Permission } from '@debrief/shared/domain';
import { PracticePad, PracticeRole } from './practice.enums';
import { RoomClosedError } from './practice.errors';

/** Opens this long before the session starts … */
export const ROOM_OPENS_BEFORE_MS = 15 * 60_000;
/** … and stays open this long after it ends. */
export const ROOM_CLOSES_AFTER_MS = 2 * 3600_000;

/** What the room rule needs to know about a session (from scheduling's read port). */
export interface RoomSession {
  id: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
  coachId: string;
  studentId: string;
}

export interface RoomEntry {
  sessionId: string;
  role: PracticeRole;
  opensAt: Date;
  closesAt: Date;
}

const DOCUMENT_NAME = /^practice:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):(code|notes|coach-notes|signal)$/;

/**
 * Who may be in a practice room, and when, decided here and nowhere else: the GraphQL query,
 * every mutation and the WebSocket upgrade all ask these methods.
 */
@Injectable()
export class PracticeAccess {
  window(session: Pick<RoomSession, 'startsAt' | 'endsAt'>): { opensAt: Date; closesAt: Date } {
    return { opensAt: new Date(session.startsAt.getTime() - ROOM_OPENS_BEFORE_MS), closesAt: new Date(session.endsAt.getTime() + ROOM_CLOSES_AFTER_MS) };
  }

  /**
   * The actor's place in the session's room, whatever the time: its student, its coach, or staff
   * looking in. NOT_FOUND for no session or a cancelled one, FORBIDDEN for anyone else.
   */
  enter(actor: AuthUser, session: RoomSession | null, sessionId: string): RoomEntry {
    if (!session || session.status === 'CANCELLED') throw new NotFoundError('Practice room', sessionId);
    const role =
      session.coachId === actor.id
        ? PracticeRole.Coach
        : session.studentId === actor.id
          ? PracticeRole.Student
          : hasPermission(actor.role, Permission.PracticeObserve)
            ? PracticeRole.Observer
            : null;
    if (!role) throw new ForbiddenError('This practice room is not yours.');
    return { sessionId: session.id, role, ...this.window(session) };
  }

  isOpen(entry: Pick<RoomEntry, 'opensAt' | 'closesAt'>, now: Date): boolean {
    return now >= entry.opensAt && now < entry.closesAt;
  }

  /** The room's content (pads, clock, questions) only while it is open. */
  assertOpen(entry: RoomEntry, now: Date): void {
    if (now < entry.opensAt) throw new RoomClosedError('NOT_OPEN', entry.opensAt);
    if (now >= entry.closesAt) throw new RoomClosedError('CLOSED', entry.closesAt);
  }

  /** The clock and the questions: the session's coach. */
  assertCanRun(entry: RoomEntry): void {
    if (entry.role !== PracticeRole.Coach) throw new ForbiddenError('Only the coach of this session can do that.');
  }

  /** The recording link: either party (not an observer). */
  assertParty(entry: RoomEntry): void {
    if (entry.role === PracticeRole.Observer) throw new ForbiddenError('Only the coach and the student of this session can do that.');
  }

  /**
   * Which of a room's documents a person may open and whether they may write to it. The coach's
   * private notes open to the coach alone; the signal document is written by the server only.
   */
  padAccess(entry: RoomEntry, pad: PracticePad): { readOnly: boolean } {
    if (!this.canOpenPad(entry, pad)) throw new ForbiddenError('These notes are private to the coach.');
    return { readOnly: pad === PracticePad.Signal || this.isReadOnly(entry) };
  }

  /** Whether the pad opens to this person at all (what the room offers them and what the upgrade lets through). */
  canOpenPad(entry: Pick<RoomEntry, 'role'>, pad: PracticePad): boolean {
    return pad !== PracticePad.CoachNotes || entry.role === PracticeRole.Coach;
  }

  /** An observer (staff looking in) reads the room and writes nothing. */
  isReadOnly(entry: Pick<RoomEntry, 'role'>): boolean {
    return entry.role === PracticeRole.Observer;
  }

  documentName(sessionId: string, pad: PracticePad): string {
    return `practice:${sessionId}:${pad}`;
  }

  parseDocumentName(name: string): { sessionId: string; pad: PracticePad } | null {
    const m = DOCUMENT_NAME.exec(name);
    return m ? { sessionId: m[1], pad: m[2] as PracticePad } : null;
  }
}
