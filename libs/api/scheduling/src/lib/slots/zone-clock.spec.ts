import { Settings } from 'luxon';
import { parseIsoDate } from './civil-date';
import { localEpochDay, resolveWallTime, steadyOffset, wallToInstant, zoneOf } from './zone-clock';

const day = (iso: string) => parseIsoDate(iso);
const utc = (iso: string) => Date.parse(iso);

describe('zone-clock', () => {
  const ny = zoneOf('America/New_York');
  const berlin = zoneOf('Europe/Berlin');

  it('caches zones and rejects unknown names', () => {
    expect(zoneOf('America/New_York')).toBe(ny);
    expect(() => zoneOf('Mars/Olympus_Mons')).toThrow(RangeError);
  });

  it('converts ordinary wall times, including 24:00 as the next midnight', () => {
    expect(wallToInstant(ny, day('2026-01-14'), 9 * 60)).toBe(utc('2026-01-14T14:00:00Z'));
    expect(wallToInstant(ny, day('2026-07-14'), 9 * 60)).toBe(utc('2026-07-14T13:00:00Z'));
    expect(wallToInstant(ny, day('2026-07-14'), 1440)).toBe(utc('2026-07-15T04:00:00Z'));
    expect(wallToInstant(zoneOf('Asia/Kathmandu'), day('2026-07-14'), 0)).toBe(utc('2026-07-13T18:15:00Z'));
  });

  it('shifts a nonexistent (spring-forward) wall time forward by the gap', () => {
    // 02:30 does not exist on 2026-03-08 in New York; it reads as 03:30 EDT.
    expect(wallToInstant(ny, day('2026-03-08'), 150)).toBe(utc('2026-03-08T07:30:00Z'));
    expect(wallToInstant(ny, day('2026-03-08'), 120)).toBe(utc('2026-03-08T07:00:00Z'));
    // Berlin 2026-03-29: 02:00–03:00 does not exist.
    expect(wallToInstant(berlin, day('2026-03-29'), 150)).toBe(utc('2026-03-29T01:30:00Z'));
  });

  it('reads an ambiguous (fall-back) wall time with the earlier offset, whatever luxon thinks "now" is', () => {
    const realNow = Settings.now;
    try {
      for (const now of ['2026-07-01T00:00:00Z', '2026-01-15T00:00:00Z']) {
        Settings.now = () => Date.parse(now);
        // resolveWallTime is the uncached resolution, so each pass really recomputes.
        expect(resolveWallTime(ny, day('2026-11-01'), 90)).toBe(utc('2026-11-01T05:30:00Z')); // 01:30 EDT
        expect(resolveWallTime(berlin, day('2026-10-25'), 150)).toBe(utc('2026-10-25T00:30:00Z')); // 02:30 CEST
        expect(wallToInstant(ny, day('2026-11-01'), 90)).toBe(utc('2026-11-01T05:30:00Z'));
      }
    } finally {
      Settings.now = realNow;
    }
  });

  it('knows when a local day has one steady offset', () => {
    expect(steadyOffset(ny, day('2026-07-14'))).toBe(-240);
    expect(steadyOffset(ny, day('2026-03-08'))).toBeNull();
    expect(steadyOffset(berlin, day('2026-10-25'))).toBeNull();
  });

  it('the cached fast path agrees with full resolution on every day of a year, changes included', () => {
    const first = day('2026-01-01');
    for (const name of ['America/New_York', 'Europe/Berlin', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/Santiago']) {
      const zone = zoneOf(name);
      const mismatches: string[] = [];
      let changeDays = 0;
      for (let d = first; d < first + 365; d++) {
        if (steadyOffset(zone, d) === null) changeDays++;
        for (const minute of [0, 90, 150, 540, 1439, 1440]) {
          if (wallToInstant(zone, d, minute) !== resolveWallTime(zone, d, minute)) mismatches.push(`${d}/${minute}`);
        }
        const noon = wallToInstant(zone, d, 720);
        if (localEpochDay(zone, noon) !== d) mismatches.push(`day of ${d}`);
      }
      expect([name, mismatches]).toEqual([name, []]);
      expect(changeDays).toBeLessThan(15); // a handful of days near each change take the slow path
    }
  });

  it('finds the local date of an instant', () => {
    expect(localEpochDay(ny, utc('2026-07-15T03:59:00Z'))).toBe(day('2026-07-14'));
    expect(localEpochDay(ny, utc('2026-07-15T04:00:00Z'))).toBe(day('2026-07-15'));
    expect(localEpochDay(zoneOf('Asia/Kolkata'), utc('2026-07-14T18:30:00Z'))).toBe(day('2026-07-15'));
  });
});
