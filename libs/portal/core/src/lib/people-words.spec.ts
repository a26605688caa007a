import { fieldText, formText, pathLabel } from './people-words';

describe('people words for API validation texts', () => {
  it.each([
    ['starEntries: score at least one answer before sharing', 'Score at least one answer before sharing.'],
    ['id must be a UUID.', 'The link or choice is not valid; reload the page and try again.'],
    ['endDate: must be on or after startDate', 'End date must be on or after start date.'],
    ['name: should not be empty', 'Name is required.'],
    ['workshop.capacity: must not be less than 1', 'Capacity must be at least 1.'],
    ['This invitation link is invalid, already used or expired. Ask for a new one.', 'This invitation link is invalid, already used or expired. Ask for a new one.'],
  ])('above the form, %j reads %j', (raw, human) => {
    expect(formText(raw)).toBe(human);
  });

  it('joins several problems as sentences', () => {
    expect(formText('email: must be an email; name: should not be empty')).toBe('Email must be an email address. Name is required.');
  });

  it.each([
    ['endDate: must be on or after startDate', 'Must be on or after start date.'],
    ['starEntries: score at least one answer before sharing', 'Score at least one answer before sharing.'],
    ['location: a video session needs an https:// link, e.g. https://meet.example.org/your-room', 'A video session needs an https:// link, e.g. https://meet.example.org/your-room.'],
  ])('under the field, %j reads %j', (raw, human) => {
    expect(fieldText(raw)).toBe(human);
  });

  it('names a path by its last named segment', () => {
    expect(pathLabel('ranges.0.endTime')).toBe('end time');
  });
});
