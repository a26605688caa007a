import { formulaSafe } from './formula-safe';

describe('formulaSafe', () => {
  it('quotes text a spreadsheet would run as a formula, and leaves the rest as it is', () => {
    for (const v of ['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx', '\rx']) expect(formulaSafe(v)).toBe(`'${v}`);
    for (const v of ['Dana Brooks', 'a=b', '', '2026-12-08']) expect(formulaSafe(v)).toBe(v);
  });
});
