import { StaffSessionTypeFragment } from '@debrief/portal/core';
import { SPECIALTY_LABELS } from '@debrief/shared/domain';
import { formatMinutes, plural } from '../shared/format';

export interface SummaryLine {
  term: string;
  detail: string;
}

/** A session type's booking rules, in words, for the list. */
export function summaryOf(type: StaffSessionTypeFragment, coachName: (id: string) => string): SummaryLine[] {
  return [
    { term: 'Category', detail: SPECIALTY_LABELS[type.category] },
    { term: 'Duration', detail: durationText(type.durationMinutes, type.interviewMinutes ?? null) },
    { term: 'Buffers', detail: `${formatMinutes(type.bufferBeforeMinutes)} before, ${formatMinutes(type.bufferAfterMinutes)} after` },
    { term: 'Notice', detail: noticeText(type.minNoticeMinutes) },
    { term: 'Horizon', detail: `Up to ${plural(type.horizonDays, 'day')} ahead` },
    { term: 'Cancellation cutoff', detail: `${plural(type.cancelCutoffHours, 'hour')} before the start` },
    {
      term: 'Cap per student',
      detail: type.maxActivePerStudent ? `${type.maxActivePerStudent} upcoming` : 'Center-wide cap only',
    },
    { term: 'Location', detail: type.locationKind === 'ROOM' ? `In person: ${type.room ?? 'room to be announced'}` : 'Video call' },
    {
      term: 'Coaches',
      detail: type.coachIds.length ? type.coachIds.map(coachName).sort().join(', ') : 'None yet: students cannot book it',
    },
  ];
}

/** "60 min: 40 min interview, 20 min feedback", or just "45 min" without a split. */
export function durationText(duration: number, interview: number | null): string {
  if (interview == null) return formatMinutes(duration);
  return `${formatMinutes(duration)}: ${interview} min interview, ${duration - interview} min feedback`;
}

/** "12 hours before the start" (whole hours as hours, anything else as "1 h 30 min"). */
export function noticeText(minutes: number): string {
  if (minutes === 0) return 'None: bookable until the start';
  return `${minutes % 60 === 0 ? plural(minutes / 60, 'hour') : formatMinutes(minutes)} before the start`;
}
