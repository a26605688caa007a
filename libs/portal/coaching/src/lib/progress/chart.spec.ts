import { CHART, linePath, plot, yOf } from './chart';

describe('score chart geometry', () => {
  it('puts 4 at the top and 1 at the bottom of the plot area', () => {
    expect(yOf(4)).toBe(CHART.top);
    expect(yOf(1)).toBe(CHART.height - CHART.bottom);
  });

  it('spreads points across the width and skips missing values in lines', () => {
    const pts = plot(
      [
        { at: 'a', coachScore: 2, selfScore: null },
        { at: 'b', coachScore: null, selfScore: 3 },
        { at: 'c', coachScore: 4, selfScore: 4 },
      ],
      (p) => p.at,
    );
    expect(pts.map((p) => p.x)).toEqual([CHART.left, (CHART.left + CHART.width - CHART.right) / 2, CHART.width - CHART.right]);
    expect(linePath(pts, 'coachY').split(' ')).toHaveLength(2);
    expect(linePath(pts, 'selfY').startsWith('M')).toBe(true);
  });

  it('centres a single point', () => {
    const [p] = plot([{ at: 'a', coachScore: 3, selfScore: null }], (x) => x.at);
    expect(p.x).toBe(CHART.left + (CHART.width - CHART.left - CHART.right) / 2);
  });
});
