import { barOption, heatmapOption, percent, scoresOption, utilizationByCoach } from './report-charts';

describe('report charts', () => {
  it('sums utilization per coach over weeks', () => {
    const rows = utilizationByCoach([
      { coachId: 'a', coachName: 'A', offeredHours: 10, bookedHours: 2, heldHours: 1 },
      { coachId: 'a', coachName: 'A', offeredHours: 10, bookedHours: 6, heldHours: 5 },
      { coachId: 'b', coachName: 'B', offeredHours: 0, bookedHours: 0, heldHours: 0 },
    ]);
    expect(rows).toEqual([
      { coachId: 'a', coachName: 'A', offered: 20, booked: 8, held: 6, utilization: 0.4 },
      { coachId: 'b', coachName: 'B', offered: 0, booked: 0, held: 0, utilization: null },
    ]);
  });

  it('formats shares as percentages', () => {
    expect(percent(0.2121)).toBe('21.2%');
    expect(percent(null)).toBe('—');
  });

  it('puts heat-map cells at hour × weekday', () => {
    const option = heatmapOption([{ weekday: 7, hour: 3, hours: 2 }]) as { series: { data: number[][] }[]; visualMap: { max: number } };
    expect(option.series[0].data).toEqual([[3, 6, 2]]);
    expect(option.visualMap.max).toBe(2);
  });

  it('draws one line per criterion across the months, with gaps where a month has none', () => {
    const option = scoresOption([
      { criterionKey: 'c1', criterionName: 'Clarity', month: '2025-03-01', average: 2.2 },
      { criterionKey: 'c1', criterionName: 'Clarity', month: '2025-04-01', average: 2.6 },
      { criterionKey: 'c2', criterionName: 'Depth', month: '2025-04-01', average: 3 },
    ]) as { series: { name: string; data: (number | null)[] }[]; xAxis: { data: string[] } };
    expect(option.xAxis.data).toEqual(['2025-03', '2025-04']);
    expect(option.series).toEqual([expect.objectContaining({ name: 'Clarity', data: [2.2, 2.6] }), expect.objectContaining({ name: 'Depth', data: [null, 3] })]);
  });

  it('builds a bar per label', () => {
    const option = barOption([{ label: 'x', value: 0.5 }], 'Rate', true) as { yAxis: { data: string[] }; series: { data: number[] }[] };
    expect(option.yAxis.data).toEqual(['x']);
    expect(option.series[0].data).toEqual([0.5]);
  });
});
