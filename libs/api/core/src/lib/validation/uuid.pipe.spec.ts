import { BadInputError } from '../errors/domain.error';
import { UuidPipe } from './uuid.pipe';

describe('UuidPipe', () => {
  const pipe = new UuidPipe();

  it('accepts a UUID and lower-cases it', () => {
    expect(pipe.transform('2B1C1F5E-8A4E-4D7A-9F55-4E0A5D1D2C3B', { type: 'custom', data: 'id' })).toBe('2b1c1f5e-8a4e-4d7a-9f55-4e0a5d1d2c3b');
  });

  it.each(['nope', '', '123', 42])('rejects %p as bad input naming the argument', (value) => {
    expect(() => pipe.transform(value, { type: 'custom', data: 'coachId' })).toThrow(new BadInputError('coachId', 'coachId must be a UUID.'));
  });

  it('lets an omitted optional id through', () => {
    expect(pipe.transform(undefined, { type: 'custom', data: 'coachId' })).toBeUndefined();
    expect(pipe.transform(null, { type: 'custom', data: 'coachId' })).toBeNull();
  });
});
