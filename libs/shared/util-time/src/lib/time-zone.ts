const valid = new Map<string, boolean>();

/** True for an IANA zone name the runtime knows ("Europe/Berlin", "UTC"); cached per name. */
export function isValidTimeZone(zone: string): boolean {
  const known = valid.get(zone);
  if (known !== undefined) return known;
  let ok = typeof zone === 'string' && zone.length > 0 && zone.length <= 64;
  if (ok) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
    } catch {
      ok = false;
    }
  }
  if (valid.size < 1000) valid.set(zone, ok);
  return ok;
}

/** The IANA zones offered in pickers, from the runtime's own list. */
export function listTimeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  const zones = intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : [];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}
