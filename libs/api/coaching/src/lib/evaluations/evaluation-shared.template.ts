import { emailLayout, escapeHtml, RenderedEmail } from '@debrief/api/notifications';

export interface EvaluationSharedEmailInput {
  centerName: string;
  studentName: string;
  coachName: string;
  sessionTypeName: string;
  sessionDate: string;
  feedbackUrl: string;
}

/**
 * Tells a student their feedback is ready. Deliberately carries no scores and nothing from the
 * evaluation itself (private notes above all): the student reads it signed in.
 */
export function evaluationSharedEmail(input: EvaluationSharedEmailInput): RenderedEmail {
  const subject = 'Your mock interview feedback is ready';
  const text = [
    `Hello ${input.studentName},`,
    '',
    `${input.coachName} shared feedback on your ${input.sessionTypeName} session of ${input.sessionDate}.`,
    'Rate yourself first if you like, then read it here:',
    input.feedbackUrl,
  ].join('\n');
  const body = [
    `<p>Hello ${escapeHtml(input.studentName)},</p>`,
    `<p>${escapeHtml(input.coachName)} shared feedback on your ${escapeHtml(input.sessionTypeName)} session of ${escapeHtml(input.sessionDate)}.</p>`,
    `<p><a href="${escapeHtml(input.feedbackUrl)}">Rate yourself first if you like, then read your feedback</a></p>`,
  ].join('\n');
  return { subject, text, html: emailLayout(input.centerName, subject, body) };
}
