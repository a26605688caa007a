import { bookStep, readStart } from './book-steps';

describe('bookStep', () => {
  it('goes to the first choice still missing', () => {
    expect(bookStep({ type: null, coach: 'any', start: 'x' })).toBe('type');
    expect(bookStep({ type: {}, coach: null, start: 'x' })).toBe('coach');
    expect(bookStep({ type: {}, coach: 'any', start: null })).toBe('slot');
    expect(bookStep({ type: {}, coach: 'c1', start: '2026-11-24T15:00:00Z' })).toBe('confirm');
  });

  it('accepts only instants as a start', () => {
    expect(readStart('2026-11-24T15:00:00.000Z')).toBe('2026-11-24T15:00:00.000Z');
    expect(readStart('2026-11-24')).toBeNull();
    expect(readStart('soon')).toBeNull();
    expect(readStart(undefined)).toBeNull();
  });
});
