import { formatSessionTime, formatShort, leadTime } from './format-time';
import { emailLayout, escapeHtml, RenderedEmail } from '@debrief/api/notifications';

export type BookingEmailKind = 'confirmed' | 'rescheduled' | 'cancelled' | 'location-changed' | 'reminder';

/** Everything a booking email says, as plain values (the template knows nothing of scheduling). */
export interface BookingEmailView {
  kind: BookingEmailKind;
  centerName: string;
  recipientName: string;
  /** Whom the email addresses: the student, or the coach running the session. */
  recipientRole: 'student' | 'coach';
  /** The coach for a student, the student for a coach. */
  otherPartyName: string;
  sessionName: string;
  start: Date;
  end: Date;
  /** The recipient's own IANA time zone; every time in the email is shown in it. */
  timeZone: string;
  location: string;
  preparation?: string | null;
  previousStart?: Date | null;
  previousEnd?: Date | null;
  previousLocation?: string | null;
  reason?: string | null;
  /** The session's page in the portal. */
  sessionUrl: string;
  /** Reminders: how long before the start this one goes out. */
  reminderMinutes?: number;
  /** Whether an invite.ics is attached (REQUEST or CANCEL). */
  hasCalendar?: boolean;
}

export function bookingEmail(v: BookingEmailView): RenderedEmail {
  const when = formatSessionTime(v.start, v.end, v.timeZone);
  const short = formatShort(v.start, v.timeZone);
  const withWhom = v.recipientRole === 'student' ? `with ${v.otherPartyName}` : `with ${v.otherPartyName} (student)`;
  const subject = subjectOf(v, short);
  const lines: string[] = [];
  const intro = introOf(v, withWhom);
  lines.push(`Hello ${v.recipientName},`, '', intro, '');
  lines.push(`When: ${when} (${v.timeZone})`);
  if (v.kind === 'rescheduled' && v.previousStart && v.previousEnd) {
    lines.push(`Previously: ${formatSessionTime(v.previousStart, v.previousEnd, v.timeZone)}`);
  }
  lines.push(`Where: ${v.location}`);
  if (v.kind === 'location-changed' && v.previousLocation) lines.push(`Previously: ${v.previousLocation}`);
  if (v.kind === 'cancelled' && v.reason) lines.push(`Reason: ${v.reason}`);
  const prepare = v.kind !== 'cancelled' && v.recipientRole === 'student' && v.preparation?.trim() ? v.preparation.trim() : null;
  if (prepare) lines.push('', 'How to prepare:', prepare);
  if (v.hasCalendar) lines.push('', v.kind === 'cancelled' ? 'The attached invite.ics removes it from your calendar.' : 'The attached invite.ics adds it to your calendar.');
  lines.push('', `Session details: ${v.sessionUrl}`);

  const html = [
    `<p>Hello ${escapeHtml(v.recipientName)},</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    '<table role="presentation" style="border-collapse:collapse">',
    row('When', `${when} (${v.timeZone})`),
    v.kind === 'rescheduled' && v.previousStart && v.previousEnd ? row('Previously', formatSessionTime(v.previousStart, v.previousEnd, v.timeZone)) : '',
    row('Where', v.location),
    v.kind === 'location-changed' && v.previousLocation ? row('Previously', v.previousLocation) : '',
    v.kind === 'cancelled' && v.reason ? row('Reason', v.reason) : '',
    '</table>',
    prepare ? `<h2 style="font-size:16px">How to prepare</h2>\n<p style="white-space:pre-line">${escapeHtml(prepare)}</p>` : '',
    v.hasCalendar
      ? `<p>${v.kind === 'cancelled' ? 'The attached invite.ics removes it from your calendar.' : 'The attached invite.ics adds it to your calendar.'}</p>`
      : '',
    `<p><a href="${escapeHtml(v.sessionUrl)}">See the session in Debrief</a></p>`,
  ]
    .filter(Boolean)
    .join('\n');
  return { subject, text: lines.join('\n'), html: emailLayout(v.centerName, subject, html) };
}

function row(label: string, value: string): string {
  return `<tr><th scope="row" style="text-align:left;padding:2px 12px 2px 0">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;
}

function subjectOf(v: BookingEmailView, short: string): string {
  switch (v.kind) {
    case 'confirmed':
      return v.recipientRole === 'student' ? `Confirmed: ${v.sessionName} on ${short}` : `New session: ${v.sessionName} with ${v.otherPartyName} on ${short}`;
    case 'rescheduled':
      return `Rescheduled: ${v.sessionName}, now ${short}`;
    case 'cancelled':
      return `Cancelled: ${v.sessionName} on ${short}`;
    case 'location-changed':
      return `New location: ${v.sessionName} on ${short}`;
    case 'reminder':
      return `Reminder: ${v.sessionName} ${leadTime(v.reminderMinutes ?? 60)} (${short})`;
  }
}

function introOf(v: BookingEmailView, withWhom: string): string {
  switch (v.kind) {
    case 'confirmed':
      return v.recipientRole === 'student' ? `Your ${v.sessionName} ${withWhom} is booked.` : `A student booked a ${v.sessionName} ${withWhom}.`;
    case 'rescheduled':
      return `Your ${v.sessionName} ${withWhom} has moved to a new time.`;
    case 'cancelled':
      return `Your ${v.sessionName} ${withWhom} has been cancelled.`;
    case 'location-changed':
      return `Your ${v.sessionName} ${withWhom} has a new location or video link.`;
    case 'reminder':
      return `A reminder: your ${v.sessionName} ${withWhom} starts ${leadTime(v.reminderMinutes ?? 60)}.`;
  }
}
