import { listTimeZones } from '@debrief/shared/util-time';

const ZONES = listTimeZones();
const MAX_OPTIONS = 50;

/** Zones containing every typed word ("new york", "berlin", "kolkata"), at most 50 of them. */
export function filterTimeZones(query: string, zones: readonly string[] = ZONES): string[] {
  const words = normalize(query).split(' ').filter(Boolean);
  return zones.filter((zone) => words.every((word) => normalize(zone).includes(word))).slice(0, MAX_OPTIONS);
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[_/]/g, ' ');
}
