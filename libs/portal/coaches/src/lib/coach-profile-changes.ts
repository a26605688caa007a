import { Specialty } from '@debrief/shared/domain';

/** The editable part of a coach's directory entry. */
export interface CoachProfileDraft {
  headline: string;
  bio: string;
  specialties: readonly Specialty[];
}

export type CoachProfileChanges = Partial<{ headline: string; bio: string; specialties: Specialty[] }>;

/**
 * What the draft changes compared with the saved profile, text trimmed as the API stores it. The
 * mutation only changes the fields it is given, so unchanged fields are left out (an empty object
 * means there is nothing to save). Specialties compare as a set: reordering alone is no change.
 */
export function coachProfileChanges(saved: CoachProfileDraft, draft: CoachProfileDraft): CoachProfileChanges {
  const changes: CoachProfileChanges = {};
  const headline = draft.headline.trim();
  const bio = draft.bio.trim();
  if (headline !== saved.headline) changes.headline = headline;
  if (bio !== saved.bio) changes.bio = bio;
  if (!sameMembers(saved.specialties, draft.specialties)) changes.specialties = [...draft.specialties];
  return changes;
}

function sameMembers<T>(a: readonly T[], b: readonly T[]): boolean {
  const set = new Set(a);
  return a.length === b.length && new Set(b).size === set.size && b.every((item) => set.has(item));
}
