import { StaffSessionTypeFragment } from '@debrief/portal/core';
import { Specialty } from '@debrief/shared/domain';
import { durationText, noticeText, summaryOf } from './session-type-summary';

const type: StaffSessionTypeFragment = {
  id: 'type-1',
  name: 'Résumé review',
  category: Specialty.ResumeReview,
  description: '',
  preparation: '',
  durationMinutes: 30,
  interviewMinutes: null,
  bufferBeforeMinutes: 5,
  bufferAfterMinutes: 10,
  minNoticeMinutes: 90,
  horizonDays: 1,
  cancelCutoffHours: 24,
  maxActivePerStudent: 1,
  locationKind: 'ROOM',
  room: 'Career Center 204',
  coachIds: ['b', 'a'],
  retiredAt: null,
};

describe('session type summary', () => {
  it('describes every rule in words', () => {
    const names: Record<string, string> = { a: 'Amara Okafor', b: 'Sofia Lindqvist' };
    expect(summaryOf(type, (id) => names[id])).toEqual([
      { term: 'Category', detail: 'Résumé review' },
      { term: 'Duration', detail: '30 min' },
      { term: 'Buffers', detail: '5 min before, 10 min after' },
      { term: 'Notice', detail: '1 h 30 min before the start' },
      { term: 'Horizon', detail: 'Up to 1 day ahead' },
      { term: 'Cancellation cutoff', detail: '24 hours before the start' },
      { term: 'Cap per student', detail: '1 upcoming' },
      { term: 'Location', detail: 'In person: Career Center 204' },
      { term: 'Coaches', detail: 'Amara Okafor, Sofia Lindqvist' },
    ]);
  });

  it('says when nobody offers a type or there is no cap', () => {
    const lines = summaryOf({ ...type, coachIds: [], maxActivePerStudent: null, locationKind: 'VIDEO' }, () => '');
    expect(lines.find((l) => l.term === 'Coaches')?.detail).toBe('None yet: students cannot book it');
    expect(lines.find((l) => l.term === 'Cap per student')?.detail).toBe('Center-wide cap only');
    expect(lines.find((l) => l.term === 'Location')?.detail).toBe('Video call');
  });

  it('splits interview and feedback', () => {
    expect(durationText(60, 40)).toBe('1 h: 40 min interview, 20 min feedback');
    expect(noticeText(720)).toBe('12 hours before the start');
    expect(noticeText(0)).toBe('None: bookable until the start');
  });
});
