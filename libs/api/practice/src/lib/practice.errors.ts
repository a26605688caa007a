import { ConflictError } from '@debrief/api/core';
import { PracticePhase } from './practice.enums';

const at = (d: Date) => d.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

/** The room is shut: before 15 minutes ahead of the start, or from 2 hours after the end. */
export class RoomClosedError extends ConflictError {
  constructor(side: 'NOT_OPEN' | 'CLOSED', when: Date) {
    super(side === 'NOT_OPEN' ? `This practice room opens at ${at(when)}.` : `This practice room closed at ${at(when)}.`, {
      reason: side === 'NOT_OPEN' ? 'ROOM_NOT_OPEN' : 'ROOM_CLOSED',
      at: when.toISOString(),
    });
  }
}

/** Someone else moved the clock first (or the request names a phase the room is not in). */
export class ClockMovedError extends ConflictError {
  constructor(current: PracticePhase) {
    super(`The clock is already in phase ${current}; reload and try again.`, { reason: 'CLOCK_MOVED', phase: current });
  }
}
