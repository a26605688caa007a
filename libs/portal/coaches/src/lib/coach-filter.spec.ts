import { Specialty } from '@debrief/shared/domain';
import { parseSpecialty, readCoachFilter, toCoachFilterInput, toQueryParams } from './coach-filter';

describe('coach directory filter', () => {
  describe('parseSpecialty', () => {
    it('accepts every specialty, ignoring case and spaces', () => {
      expect(parseSpecialty('CODING')).toBe(Specialty.Coding);
      expect(parseSpecialty(' system_design ')).toBe(Specialty.SystemDesign);
    });

    it.each([undefined, null, '', 'COOKING', 'coding; drop'])('ignores %p', (value) => {
      expect(parseSpecialty(value)).toBeNull();
    });
  });

  it('reads the filter from query params', () => {
    expect(readCoachFilter('BEHAVIORAL', '  star method ')).toEqual({
      specialty: Specialty.Behavioral,
      search: 'star method',
    });
    expect(readCoachFilter(undefined, undefined)).toEqual({ specialty: null, search: '' });
  });

  it('sends only the parts that filter something to the API', () => {
    expect(toCoachFilterInput({ specialty: null, search: '' })).toBeUndefined();
    expect(toCoachFilterInput({ specialty: Specialty.Product, search: '' })).toEqual({ specialty: 'PRODUCT' });
    expect(toCoachFilterInput({ specialty: null, search: 'ml' })).toEqual({ search: 'ml' });
  });

  it('writes query params that round-trip and drop empty values', () => {
    const filter = { specialty: Specialty.ResumeReview, search: 'finance' };
    const params = toQueryParams(filter);
    expect(params).toEqual({ specialty: 'RESUME_REVIEW', q: 'finance' });
    expect(readCoachFilter(params['specialty'], params['q'])).toEqual(filter);
    expect(toQueryParams({ specialty: null, search: ' ' })).toEqual({ specialty: null, q: null });
  });
});
