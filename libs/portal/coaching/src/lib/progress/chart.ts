/** Geometry of the small score charts: pure functions, unit-tested. */
export interface ChartPoint {
  at: string;
  coachScore?: number | null;
  selfScore?: number | null;
}

export interface PlottedPoint {
  x: number;
  coachY: number | null;
  selfY: number | null;
  label: string;
}

export const CHART = { width: 280, height: 132, left: 28, right: 12, top: 10, bottom: 24, min: 1, max: 4 } as const;

export function yOf(score: number): number {
  const span = CHART.height - CHART.top - CHART.bottom;
  return CHART.top + ((CHART.max - score) / (CHART.max - CHART.min)) * span;
}

export function plot(points: readonly ChartPoint[], label: (p: ChartPoint) => string): PlottedPoint[] {
  const span = CHART.width - CHART.left - CHART.right;
  const step = points.length > 1 ? span / (points.length - 1) : 0;
  return points.map((p, i) => ({
    x: CHART.left + (points.length > 1 ? i * step : span / 2),
    coachY: p.coachScore == null ? null : yOf(p.coachScore),
    selfY: p.selfScore == null ? null : yOf(p.selfScore),
    label: label(p),
  }));
}

/** An SVG path through the points that have a value, in order. */
export function linePath(points: readonly PlottedPoint[], key: 'coachY' | 'selfY'): string {
  return points
    .filter((p) => p[key] != null)
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${(p[key] as number).toFixed(1)}`)
    .join(' ');
}
