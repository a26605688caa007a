import { evaluationSharedEmail } from './evaluation-shared.template';

describe('evaluationSharedEmail', () => {
  const email = evaluationSharedEmail({
    centerName: 'Northfield Career Center',
    studentName: 'Jordan <Rivera>',
    coachName: 'Priya Raman',
    sessionTypeName: 'Behavioral mock interview',
    sessionDate: 'November 20, 2026',
    feedbackUrl: 'https://debrief.example/feedback/b-1',
  });

  it('says who shared feedback on which session and links to it, in text and HTML', () => {
    expect(email.subject).toBe('Your mock interview feedback is ready');
    expect(email.text).toContain('Priya Raman shared feedback on your Behavioral mock interview session of November 20, 2026.');
    expect(email.text).toContain('https://debrief.example/feedback/b-1');
    expect(email.html).toContain('href="https://debrief.example/feedback/b-1"');
    expect(email.html).toContain('Northfield Career Center');
  });

  it('escapes names in the HTML body', () => {
    expect(email.html).toContain('Jordan &lt;Rivera&gt;');
    expect(email.html).not.toContain('<Rivera>');
  });
});
