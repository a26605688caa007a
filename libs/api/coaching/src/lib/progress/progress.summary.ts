import { ProgressModel } from './progress.model';

/** One paragraph a screen reader can read instead of the chart. */
export function summarize(p: ProgressModel): string {
  const parts: string[] = [];
  const withCoach = p.series.filter((s) => s.points.some((x) => x.coachScore != null));
  if (withCoach.length === 0) parts.push('No shared evaluations yet.');
  else {
    const sessions = new Set(withCoach.flatMap((s) => s.points.filter((x) => x.coachScore != null).map((x) => x.bookingId))).size;
    parts.push(`${sessions} evaluated session${sessions === 1 ? '' : 's'}.`);
    for (const s of withCoach) {
      const coach = s.points.filter((x) => x.coachScore != null);
      const first = coach[0].coachScore as number;
      const last = coach[coach.length - 1].coachScore as number;
      const trend = coach.length < 2 ? `scored ${last} of 4` : last > first ? `up from ${first} to ${last}` : last < first ? `down from ${first} to ${last}` : `steady at ${last}`;
      const self = coach[coach.length - 1];
      const selfNote = self.selfScore != null ? ` (you rated yourself ${self.selfScore})` : '';
      parts.push(`${s.criterionName} (${s.rubricName}): ${trend}${selfNote}.`);
    }
  }
  parts.push(`Plan: ${p.items.done} of ${p.items.total} items done${p.items.due ? `, ${p.items.doneOfDue} of ${p.items.due} due so far` : ''}${p.items.overdue ? `, ${p.items.overdue} overdue` : ''}.`);
  if (p.confidence.length) {
    const first = p.confidence[0].average;
    const last = p.confidence[p.confidence.length - 1].average;
    parts.push(`Journal confidence ${p.confidence.length > 1 ? `went from ${first} to ${last}` : `is ${last}`} out of 5.`);
  }
  if (p.selfReviews?.length) {
    const last = p.selfReviews[p.selfReviews.length - 1];
    parts.push(`${p.selfReviews.length} practice self-review${p.selfReviews.length === 1 ? '' : 's'}; the latest: ${last.done} of ${last.total} checklist items.`);
  }
  parts.push(p.upcoming.length ? `${p.upcoming.length} upcoming session${p.upcoming.length === 1 ? '' : 's'}.` : 'No upcoming sessions.');
  return parts.join(' ');
}
