import { invitationEmail } from './invitation.template';

describe('invitationEmail', () => {
  const email = invitationEmail({
    centerName: 'Northfield Career Center',
    inviteeName: 'Ana <script>',
    inviterName: 'Dana Brooks',
    roleLabel: 'a coach',
    acceptUrl: 'http://localhost:3000/accept-invite?token=abc&x="1"',
    expiresInDays: 7,
  });

  it('names the center in the subject', () => {
    expect(email.subject).toBe("You're invited to Northfield Career Center on Debrief");
  });

  it('puts the accept link in both bodies', () => {
    expect(email.text).toContain('http://localhost:3000/accept-invite?token=abc&x="1"');
    expect(email.html).toContain('href="http://localhost:3000/accept-invite?token=abc&amp;x=&quot;1&quot;"');
  });

  it('escapes names in HTML but keeps them in text', () => {
    expect(email.html).toContain('Ana &lt;script&gt;');
    expect(email.html).not.toContain('<script>');
    expect(email.text).toContain('Hello Ana <script>,');
  });
});
