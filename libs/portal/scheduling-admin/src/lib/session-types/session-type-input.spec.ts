import { StaffSessionTypeFragment } from '@debrief/portal/core';
import { Specialty } from '@debrief/shared/domain';
import { draftOf, hasChanges, NEW_SESSION_TYPE, toCreateInput, toUpdateInput } from './session-type-input';

const coding: StaffSessionTypeFragment = {
  id: 'type-1',
  name: 'Coding mock interview',
  category: Specialty.Coding,
  description: 'A coding round.',
  preparation: 'Have an editor ready.',
  durationMinutes: 60,
  interviewMinutes: 40,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 10,
  minNoticeMinutes: 720,
  horizonDays: 28,
  cancelCutoffHours: 24,
  maxActivePerStudent: 2,
  locationKind: 'VIDEO',
  room: null,
  coachIds: ['coach-a', 'coach-b'],
  retiredAt: null,
};

describe('session type input mapping', () => {
  it('shows notice in hours and converts it back to minutes', () => {
    const draft = draftOf({ ...coding, minNoticeMinutes: 90 });
    expect(draft.minNoticeHours).toBe(1.5);
    expect(toCreateInput(draft).minNoticeMinutes).toBe(90);
  });

  it('creates with every field, text trimmed and no room for video sessions', () => {
    const input = toCreateInput({
      ...NEW_SESSION_TYPE,
      name: '  Résumé review ',
      category: Specialty.ResumeReview,
      description: ' Line by line. ',
      room: 'Room 204',
      coachIds: ['coach-a'],
    });
    expect(input).toEqual({
      name: 'Résumé review',
      category: Specialty.ResumeReview,
      description: 'Line by line.',
      preparation: '',
      durationMinutes: 60,
      interviewMinutes: 40,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 10,
      minNoticeMinutes: 720,
      horizonDays: 28,
      cancelCutoffHours: 24,
      maxActivePerStudent: null,
      locationKind: 'VIDEO',
      room: null,
      coachIds: ['coach-a'],
    });
  });

  it('sends the room only for in-person sessions', () => {
    expect(toCreateInput({ ...NEW_SESSION_TYPE, locationKind: 'ROOM', room: ' Room 204 ' }).room).toBe('Room 204');
  });

  it('updates nothing but the id when the draft is unchanged', () => {
    const input = toUpdateInput(coding, { ...draftOf(coding), name: ' Coding mock interview ', coachIds: ['coach-b', 'coach-a'] });
    expect(input).toEqual({ id: 'type-1' });
    expect(hasChanges(input)).toBe(false);
  });

  it('sends only the changed fields', () => {
    const input = toUpdateInput(coding, { ...draftOf(coding), durationMinutes: 90, minNoticeHours: 24 });
    expect(input).toEqual({ id: 'type-1', durationMinutes: 90, minNoticeMinutes: 1440 });
    expect(hasChanges(input)).toBe(true);
  });

  it('clears the interview split and the per-student cap with null', () => {
    const input = toUpdateInput(coding, { ...draftOf(coding), interviewMinutes: null, maxActivePerStudent: null });
    expect(input).toEqual({ id: 'type-1', interviewMinutes: null, maxActivePerStudent: null });
  });

  it('replaces the coach list only when the set of coaches changes', () => {
    expect(toUpdateInput(coding, { ...draftOf(coding), coachIds: ['coach-a'] })).toEqual({ id: 'type-1', coachIds: ['coach-a'] });
    expect(toUpdateInput(coding, { ...draftOf(coding), coachIds: [] })).toEqual({ id: 'type-1', coachIds: [] });
  });

  it('moves a type into a room with both the kind and the room', () => {
    const input = toUpdateInput(coding, { ...draftOf(coding), locationKind: 'ROOM', room: 'Career Center 204' });
    expect(input).toEqual({ id: 'type-1', locationKind: 'ROOM', room: 'Career Center 204' });
  });
});
