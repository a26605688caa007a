import type { EChartsCoreOption } from 'echarts/core';

/** Option builders for the report charts: pure functions of the report data (tested without a browser). */

export const WEEKDAYS = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${Math.round(value * 1000) / 10}%`;
}

export interface Bar {
  label: string;
  value: number;
}

/** One horizontal bar chart (labels on the category axis, so long names stay readable at 390 px). */
export function barOption(bars: Bar[], valueName: string, asPercent = false): EChartsCoreOption {
  return {
    animation: false,
    aria: { enabled: false },
    grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', name: valueName, max: asPercent ? 1 : undefined, axisLabel: asPercent ? { formatter: (v: number) => `${Math.round(v * 100)}%` } : {} },
    yAxis: { type: 'category', inverse: true, data: bars.map((b) => b.label), axisLabel: { width: 110, overflow: 'truncate' } },
    series: [{ type: 'bar', name: valueName, data: bars.map((b) => b.value), itemStyle: { color: '#3f51b5' } }],
  };
}

/** Utilization per coach over the period (booked ÷ offered, summed over weeks). */
export function utilizationByCoach(weeks: { coachId: string; coachName: string; offeredHours: number; bookedHours: number; heldHours: number }[]) {
  const byCoach = new Map<string, { coachName: string; offered: number; booked: number; held: number }>();
  for (const w of weeks) {
    const c = byCoach.get(w.coachId) ?? { coachName: w.coachName, offered: 0, booked: 0, held: 0 };
    c.offered += w.offeredHours;
    c.booked += w.bookedHours;
    c.held += w.heldHours;
    byCoach.set(w.coachId, c);
  }
  return [...byCoach.entries()].map(([coachId, c]) => ({
    coachId,
    coachName: c.coachName,
    offered: Math.round(c.offered * 100) / 100,
    booked: Math.round(c.booked * 100) / 100,
    held: Math.round(c.held * 100) / 100,
    utilization: c.offered > 0 ? c.booked / c.offered : null,
  }));
}

/** The unfilled-hours heat map: weekday rows × hour columns. */
export function heatmapOption(cells: { weekday: number; hour: number; hours: number }[]): EChartsCoreOption {
  const max = Math.max(1, ...cells.map((c) => c.hours));
  return {
    animation: false,
    aria: { enabled: false },
    grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
    tooltip: { position: 'top' },
    xAxis: { type: 'category', data: Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0')), splitArea: { show: true } },
    yAxis: { type: 'category', inverse: true, data: WEEKDAYS.slice(1), splitArea: { show: true } },
    visualMap: { min: 0, max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, inRange: { color: ['#e8eaf6', '#1a237e'] } },
    series: [{ type: 'heatmap', name: 'Unfilled hours', data: cells.map((c) => [c.hour, c.weekday - 1, c.hours]) }],
  };
}

/** Mean score per criterion over the months of the period. */
export function scoresOption(points: { criterionKey: string; criterionName: string; month: string; average: number }[]): EChartsCoreOption {
  const months = [...new Set(points.map((p) => p.month))].sort();
  const criteria = [...new Map(points.map((p) => [p.criterionKey, p.criterionName])).entries()];
  return {
    animation: false,
    aria: { enabled: false },
    grid: { left: 8, right: 24, top: 40, bottom: 24, containLabel: true },
    legend: { type: 'scroll', top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: months.map((m) => m.slice(0, 7)) },
    yAxis: { type: 'value', min: 1, max: 4 },
    series: criteria.map(([key, name]) => ({
      type: 'line',
      name,
      data: months.map((m) => points.find((p) => p.criterionKey === key && p.month === m)?.average ?? null),
    })),
  };
}
