import { emailLayout, escapeHtml, RenderedEmail } from '@debrief/api/notifications';

export interface InvitationEmailInput {
  centerName: string;
  inviteeName: string;
  inviterName: string;
  roleLabel: string;
  acceptUrl: string;
  expiresInDays: number;
}

export function invitationEmail(input: InvitationEmailInput): RenderedEmail {
  const subject = `You're invited to ${input.centerName} on Debrief`;
  const text = [
    `Hello ${input.inviteeName},`,
    '',
    `${input.inviterName} invited you to join ${input.centerName} on Debrief as ${input.roleLabel}.`,
    'Choose a password to activate your account:',
    input.acceptUrl,
    '',
    `The link works once and expires in ${input.expiresInDays} days.`,
  ].join('\n');
  const body = [
    `<p>Hello ${escapeHtml(input.inviteeName)},</p>`,
    `<p>${escapeHtml(input.inviterName)} invited you to join ${escapeHtml(input.centerName)} on Debrief as ${escapeHtml(input.roleLabel)}.</p>`,
    `<p><a href="${escapeHtml(input.acceptUrl)}">Choose a password and activate your account</a></p>`,
    `<p>The link works once and expires in ${input.expiresInDays} days.</p>`,
  ].join('\n');
  return { subject, text, html: emailLayout(input.centerName, subject, body) };
}
