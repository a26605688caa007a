import { SendMailOptions } from 'nodemailer';

/** What the mail worker reads of a queued message to put it on the wire. */
export interface OutgoingMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  calendarMethod: string | null;
  calendarIcs: string | null;
}

/**
 * The nodemailer message for a queued one. An invite goes as nodemailer's icalEvent, which writes
 * the calendar once as the text/calendar alternative with `method=<METHOD>` (equal to the
 * calendar's METHOD; nodemailer would say PUBLISH if not told) and once as the invite.ics
 * attachment for clients that only offer attachments. Nothing else adds a calendar part.
 */
export function composeMail(from: string, m: OutgoingMessage): SendMailOptions {
  const mail: SendMailOptions = { from, to: m.to, subject: m.subject, text: m.text, html: m.html, messageId: m.messageId };
  if (m.calendarIcs && m.calendarMethod) mail.icalEvent = { method: m.calendarMethod, filename: 'invite.ics', content: m.calendarIcs };
  return mail;
}
