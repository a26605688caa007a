import { previewWeeklySeries } from './series-preview';

describe('previewWeeklySeries', () => {
  const closures = [
    { startDate: '2026-11-25', endDate: '2026-11-27', reason: 'Thanksgiving break' },
    { startDate: '2026-12-09', endDate: '2026-12-09', reason: 'Staff training' },
  ];

  it('names each skipped week and its closure before the series is created', () => {
    const preview = previewWeeklySeries('2026-11-18T16:00', 6, 'America/Chicago', closures);
    expect(preview).toEqual({
      total: 6,
      kept: 4,
      skipped: [
        { date: '2026-11-25', reason: 'Thanksgiving break' },
        { date: '2026-12-09', reason: 'Staff training' },
      ],
    });
  });

  it('keeps every week when no closure falls on one, and says nothing for an incomplete form', () => {
    expect(previewWeeklySeries('2026-11-17T16:00', 3, 'America/Chicago', closures)?.skipped).toEqual([]);
    expect(previewWeeklySeries('', 3, 'America/Chicago', closures)).toBeNull();
    expect(previewWeeklySeries('2026-11-17T16:00', 1, 'America/Chicago', closures)).toBeNull();
  });
});
