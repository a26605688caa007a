import { Params } from '@angular/router';
import type { CoachFilterInput } from '@debrief/portal/core';
import { Specialty } from '@debrief/shared/domain';

/** The directory's filter, kept in the URL (?specialty=CODING&q=graph) so it can be shared. */
export interface CoachFilter {
  specialty: Specialty | null;
  search: string;
}

const SPECIALTIES: ReadonlySet<string> = new Set(Object.values(Specialty));

/** A specialty from the URL, or null for a missing or unknown value. */
export function parseSpecialty(value: string | null | undefined): Specialty | null {
  const upper = value?.trim().toUpperCase();
  return upper && SPECIALTIES.has(upper) ? (upper as Specialty) : null;
}

export function readCoachFilter(specialty: string | null | undefined, search: string | null | undefined): CoachFilter {
  return { specialty: parseSpecialty(specialty), search: (search ?? '').trim() };
}

/** The API's filter argument; undefined when nothing is filtered. */
export function toCoachFilterInput(filter: CoachFilter): CoachFilterInput | undefined {
  const input: CoachFilterInput = {};
  if (filter.specialty) input.specialty = filter.specialty;
  if (filter.search) input.search = filter.search;
  return Object.keys(input).length ? input : undefined;
}

/** Query params for the router; null removes a param so the URL stays clean. */
export function toQueryParams(filter: CoachFilter): Params {
  return { specialty: filter.specialty, q: filter.search.trim() || null };
}
