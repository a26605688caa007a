import {
  CreateSessionTypeInput,
  LocationKind,
  StaffSessionTypeFragment,
  UpdateSessionTypeInput,
} from '@debrief/portal/core';
import { Specialty } from '@debrief/shared/domain';

/**
 * What the session-type form edits, in the units staff think in: minutes for the session and
 * its buffers, hours for notice and the cancellation cutoff, days for how far ahead students may
 * book. Empty optional numbers (interview part, per-student cap) are null.
 */
export interface SessionTypeDraft {
  name: string;
  category: Specialty | null;
  description: string;
  preparation: string;
  durationMinutes: number | null;
  interviewMinutes: number | null;
  bufferBeforeMinutes: number | null;
  bufferAfterMinutes: number | null;
  minNoticeHours: number | null;
  horizonDays: number | null;
  cancelCutoffHours: number | null;
  maxActivePerStudent: number | null;
  locationKind: LocationKind;
  room: string;
  coachIds: string[];
}

/** The API's fields, as both create and update send them. */
export type SessionTypeFields = CreateSessionTypeInput;

/** Where a new session type starts: an hour with a 40-minute interview, the API's booking rules. */
export const NEW_SESSION_TYPE: SessionTypeDraft = {
  name: '',
  category: null,
  description: '',
  preparation: '',
  durationMinutes: 60,
  interviewMinutes: 40,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 10,
  minNoticeHours: 12,
  horizonDays: 28,
  cancelCutoffHours: 24,
  maxActivePerStudent: null,
  locationKind: 'VIDEO',
  room: '',
  coachIds: [],
};

/** A saved session type as the form shows it (notice in hours). */
export function draftOf(type: StaffSessionTypeFragment): SessionTypeDraft {
  return {
    name: type.name,
    category: type.category,
    description: type.description,
    preparation: type.preparation,
    durationMinutes: type.durationMinutes,
    interviewMinutes: type.interviewMinutes ?? null,
    bufferBeforeMinutes: type.bufferBeforeMinutes,
    bufferAfterMinutes: type.bufferAfterMinutes,
    minNoticeHours: type.minNoticeMinutes / 60,
    horizonDays: type.horizonDays,
    cancelCutoffHours: type.cancelCutoffHours,
    maxActivePerStudent: type.maxActivePerStudent ?? null,
    locationKind: type.locationKind,
    room: type.room ?? '',
    coachIds: [...type.coachIds],
  };
}

/** Every field, as the API takes them (text trimmed, notice in minutes, a room only for in-person types). */
export function toFields(draft: SessionTypeDraft): SessionTypeFields {
  const room = draft.room.trim();
  return {
    name: draft.name.trim(),
    category: draft.category,
    description: draft.description.trim(),
    preparation: draft.preparation.trim(),
    durationMinutes: draft.durationMinutes,
    interviewMinutes: draft.interviewMinutes,
    bufferBeforeMinutes: draft.bufferBeforeMinutes,
    bufferAfterMinutes: draft.bufferAfterMinutes,
    minNoticeMinutes: draft.minNoticeHours === null ? null : Math.round(draft.minNoticeHours * 60),
    horizonDays: draft.horizonDays,
    cancelCutoffHours: draft.cancelCutoffHours,
    maxActivePerStudent: draft.maxActivePerStudent,
    locationKind: draft.locationKind,
    room: draft.locationKind === 'ROOM' && room ? room : null,
    coachIds: [...draft.coachIds],
  };
}

export function toCreateInput(draft: SessionTypeDraft): CreateSessionTypeInput {
  return toFields(draft);
}

/**
 * The update for a saved type: its id and only the fields the draft changes. The API changes
 * only what it is given; null clears the interview split, the per-student cap or the room, and
 * coachIds replaces the list (so it is sent only when the set of coaches differs).
 */
export function toUpdateInput(saved: StaffSessionTypeFragment, draft: SessionTypeDraft): UpdateSessionTypeInput {
  const next = toFields(draft);
  const before = toFields(draftOf(saved));
  const input: UpdateSessionTypeInput = { id: saved.id };
  for (const key of Object.keys(next) as (keyof SessionTypeFields)[]) {
    if (key === 'coachIds') {
      if (!sameMembers(before.coachIds ?? [], next.coachIds ?? [])) input.coachIds = next.coachIds;
    } else if (next[key] !== before[key]) {
      (input as Record<string, unknown>)[key] = next[key];
    }
  }
  return input;
}

/** Whether an update input changes anything beyond naming the type. */
export function hasChanges(input: UpdateSessionTypeInput): boolean {
  return Object.keys(input).some((key) => key !== 'id');
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return a.length === b.length && b.every((id) => set.has(id));
}
