import { Specialty } from '@debrief/shared/domain';
import { CoachProfileDraft, coachProfileChanges } from './coach-profile-changes';

const saved: CoachProfileDraft = {
  headline: 'Staff engineer',
  bio: 'Ran 300 coding loops.',
  specialties: [Specialty.Coding, Specialty.SystemDesign],
};

describe('coachProfileChanges', () => {
  it('is empty when nothing changed, ignoring surrounding spaces and specialty order', () => {
    const draft = { ...saved, headline: '  Staff engineer ', specialties: [Specialty.SystemDesign, Specialty.Coding] };
    expect(coachProfileChanges(saved, draft)).toEqual({});
  });

  it('lists only the changed fields, trimmed', () => {
    expect(coachProfileChanges(saved, { ...saved, headline: ' Interview loops, decoded ' })).toEqual({
      headline: 'Interview loops, decoded',
    });
    expect(coachProfileChanges(saved, { ...saved, bio: '' })).toEqual({ bio: '' });
  });

  it('sends the whole new list when specialties change', () => {
    const draft = { ...saved, specialties: [Specialty.Coding, Specialty.SystemDesign, Specialty.Behavioral] };
    expect(coachProfileChanges(saved, draft)).toEqual({
      specialties: [Specialty.Coding, Specialty.SystemDesign, Specialty.Behavioral],
    });
    expect(coachProfileChanges(saved, { ...saved, specialties: [Specialty.Coding, Specialty.Coding] })).toEqual({
      specialties: [Specialty.Coding, Specialty.Coding],
    });
  });
});
