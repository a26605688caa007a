import { FacilitatorNotice, facilitatorEmail, workshopEmail, WorkshopNotice } from './workshop.template';

describe('workshopEmail', () => {
  const base = {
    centerName: 'Center',
    studentName: 'Jordan <b>',
    timeZone: 'America/New_York',
    title: 'Résumé Lab',
    location: 'Room 1',
    startsAt: new Date('2026-12-01T21:00:00Z'),
    endsAt: new Date('2026-12-01T22:30:00Z'),
    workshopUrl: 'https://debrief.example/workshops/w-1',
  };

  it("writes the times in the student's zone, their place in line and a link to the workshop", () => {
    const mail = workshopEmail({ ...base, notice: WorkshopNotice.Waitlisted, waitlistPosition: 3, holdsSeat: false });
    expect(mail.subject).toBe('Waitlisted: Résumé Lab');
    expect(mail.text).toContain('Tuesday 1 December 2026, 16:00–17:30 (EST)');
    expect(mail.text).toContain('number 3 in line');
    expect(mail.text).toContain('https://debrief.example/workshops/w-1');
    expect(mail.html).toContain('href="https://debrief.example/workshops/w-1"');
    expect(mail.html).toContain('Jordan &lt;b&gt;');
  });

  it('says why a cancelled workshop was cancelled', () => {
    const mail = workshopEmail({ ...base, notice: WorkshopNotice.WorkshopCancelled, holdsSeat: true, cancelReason: 'the room flooded' });
    expect(mail.subject).toBe('Workshop cancelled: Résumé Lab');
    expect(mail.text).toContain('Résumé Lab is cancelled: the room flooded');
  });
});

describe('facilitatorEmail', () => {
  const base = {
    centerName: 'Center',
    facilitatorName: 'Priya <R>',
    timeZone: 'Asia/Kolkata',
    title: 'Résumé Lab',
    location: 'Room 1',
    startsAt: new Date('2026-12-01T09:00:00Z'),
    endsAt: new Date('2026-12-01T10:30:00Z'),
    workshopUrl: 'https://debrief.example/workshops/w-1',
  };

  it('words each notice for the facilitator, in their zone, with the link', () => {
    const subjects = Object.values(FacilitatorNotice).map((notice) => facilitatorEmail({ ...base, notice }).subject);
    expect(subjects).toEqual(['You are facilitating: Résumé Lab', 'Updated: Résumé Lab', 'Workshop cancelled: Résumé Lab', 'No longer facilitating: Résumé Lab']);
    const mail = facilitatorEmail({ ...base, notice: FacilitatorNotice.Cancelled, cancelReason: 'the room flooded' });
    expect(mail.text).toContain('Tuesday 1 December 2026, 14:30–16:00 (GMT+5:30)');
    expect(mail.text).toContain('is cancelled: the room flooded');
    expect(mail.html).toContain('Priya &lt;R&gt;');
    expect(mail.html).toContain('href="https://debrief.example/workshops/w-1"');
  });
});
