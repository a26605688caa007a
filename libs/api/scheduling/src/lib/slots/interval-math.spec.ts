import { clipIntervals, containing, mergeIntervals, overlapsAny, subtractIntervals } from './interval-math';

const iv = (start: number, end: number) => ({ start, end });

describe('interval-math', () => {
  it('merges overlapping and touching intervals, drops empty ones, leaves input alone', () => {
    const input = [iv(5, 7), iv(1, 3), iv(3, 4), iv(6, 9), iv(10, 10), iv(12, 11)];
    expect(mergeIntervals(input)).toEqual([iv(1, 4), iv(5, 9)]);
    expect(input[0]).toEqual(iv(5, 7));
  });

  it('subtracts cuts that cover, split, trim or miss intervals', () => {
    const from = [iv(0, 10), iv(20, 30), iv(40, 50), iv(60, 70)];
    const cut = [iv(-5, 2), iv(4, 6), iv(8, 22), iv(28, 45), iv(55, 80)];
    expect(subtractIntervals(from, cut)).toEqual([iv(2, 4), iv(6, 8), iv(22, 28), iv(45, 50)]);
    expect(subtractIntervals(from, [])).toEqual(from);
  });

  it('clips to a window', () => {
    expect(clipIntervals([iv(0, 10), iv(20, 30), iv(40, 50)], iv(5, 25))).toEqual([iv(5, 10), iv(20, 25)]);
  });

  it('treats intervals as half-open for overlap and containment', () => {
    const sorted = [iv(10, 20), iv(30, 40)];
    expect(overlapsAny(sorted, 20, 30)).toBe(false);
    expect(overlapsAny(sorted, 0, 10)).toBe(false);
    expect(overlapsAny(sorted, 19, 21)).toBe(true);
    expect(overlapsAny(sorted, 25, 45)).toBe(true);
    expect(containing(sorted, 30, 40)).toEqual(iv(30, 40));
    expect(containing(sorted, 15, 31)).toBeUndefined();
    expect(containing(sorted, 20, 25)).toBeUndefined();
  });
});
