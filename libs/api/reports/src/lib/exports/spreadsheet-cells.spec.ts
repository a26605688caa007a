import { stringify } from 'csv-stringify/sync';
import { safeCell } from './spreadsheet-cells';

describe('formula-safe export cells', () => {
  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tTAB', '\rCR'])('quotes text starting a formula: %j', (text) => {
    expect(safeCell(text)).toBe(`'${text}`);
  });

  it('leaves numbers (negative ones too), plain text and empty cells alone, and dates as ISO', () => {
    expect(safeCell(-0.5)).toBe(-0.5);
    expect(safeCell('Priya Raman')).toBe('Priya Raman');
    expect(safeCell(null)).toBeNull();
    expect(safeCell(new Date('2025-03-03T06:00:00Z'))).toBe('2025-03-03T06:00:00.000Z');
  });

  it('survives CSV quoting as a text cell', () => {
    expect(stringify([[safeCell('=HYPERLINK("x")')]])).toBe(`"'=HYPERLINK(""x"")"\n`);
  });
});
