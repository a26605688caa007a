import { filterTimeZones } from './time-zone-filter';

describe('filterTimeZones', () => {
  const zones = ['America/New_York', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata', 'UTC'];

  it('matches city names typed with spaces, in any case', () => {
    expect(filterTimeZones('new york', zones)).toEqual(['America/New_York']);
    expect(filterTimeZones('BERLIN', zones)).toEqual(['Europe/Berlin']);
  });

  it('needs every word to match', () => {
    expect(filterTimeZones('america los', zones)).toEqual(['America/Los_Angeles']);
    expect(filterTimeZones('america berlin', zones)).toEqual([]);
  });

  it('offers the first 50 zones of the real list when nothing is typed', () => {
    expect(filterTimeZones('')).toHaveLength(50);
  });
});
