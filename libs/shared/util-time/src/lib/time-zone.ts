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

/** ICU still lists some zones under names IANA has since replaced; people look for the new ones. */
const RENAMED: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Godthab': 'America/Nuuk',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
};

/** The IANA zones offered in pickers, from the runtime's own list, under their current names. */
export function listTimeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  const zones = (intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : []).map((z) =>
    RENAMED[z] && isValidTimeZone(RENAMED[z]) ? RENAMED[z] : z,
  );
  return [...new Set(zones.includes('UTC') ? zones : ['UTC', ...zones])].sort();
}
