import { DateTime } from 'luxon';
import { emailLayout, escapeHtml, RenderedEmail } from '@debrief/api/notifications';

/** What happened, from one student's point of view. */
export enum WorkshopNotice {
  Registered = 'REGISTERED',
  Waitlisted = 'WAITLISTED',
  Promoted = 'PROMOTED',
  RegistrationCancelled = 'REGISTRATION_CANCELLED',
  WorkshopChanged = 'WORKSHOP_CHANGED',
  WorkshopCancelled = 'WORKSHOP_CANCELLED',
}

export interface WorkshopEmailInput {
  notice: WorkshopNotice;
  centerName: string;
  studentName: string;
  /** The student's own zone, for the times in the text. */
  timeZone: string;
  title: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
  /** For a waitlisted student: their place in line. */
  waitlistPosition?: number | null;
  /** Whether the student holds a seat (decides whether an invite belongs with the email). */
  holdsSeat: boolean;
  cancelReason?: string | null;
  /** The workshop's page in the portal. */
  workshopUrl: string;
}


export function workshopWhen(startsAt: Date, endsAt: Date, zone: string): string {
  const s = DateTime.fromJSDate(startsAt, { zone });
  const e = DateTime.fromJSDate(endsAt, { zone });
  return `${s.toFormat('cccc d LLLL yyyy, HH:mm')}–${e.toFormat('HH:mm')} (${s.toFormat('ZZZZ')})`;
}

/** Plain, short emails: what happened, when and where, and what to do next. */
export function workshopEmail(input: WorkshopEmailInput): RenderedEmail {
  const when = workshopWhen(input.startsAt, input.endsAt, input.timeZone);
  const t = input.title;
  const lines: Record<WorkshopNotice, [string, string]> = {
    [WorkshopNotice.Registered]: [`Registered: ${t}`, `You have a seat at ${t}.`],
    [WorkshopNotice.Waitlisted]: [
      `Waitlisted: ${t}`,
      `${t} is full, so you are on the waitlist${input.waitlistPosition ? ` (number ${input.waitlistPosition} in line)` : ''}. If a seat frees up you get it automatically and we email you.`,
    ],
    [WorkshopNotice.Promoted]: [`You got a seat: ${t}`, `A seat freed up at ${t} and it is yours now: you are registered.`],
    [WorkshopNotice.RegistrationCancelled]: [`Cancelled: ${t}`, `Your registration for ${t} is cancelled.`],
    [WorkshopNotice.WorkshopChanged]: [`Updated: ${t}`, `${t} has changed. Here are the current details.`],
    [WorkshopNotice.WorkshopCancelled]: [
      `Workshop cancelled: ${t}`,
      `${t} is cancelled${input.cancelReason ? `: ${input.cancelReason}` : '.'}`,
    ],
  };
  const [subject, lead] = lines[input.notice];
  const text = [`Hello ${input.studentName},`, '', lead, '', `When: ${when}`, `Where: ${input.location}`, '', `Details: ${input.workshopUrl}`].join('\n');
  const html = [
    `<p>Hello ${escapeHtml(input.studentName)},</p>`,
    `<p>${escapeHtml(lead)}</p>`,
    `<p><strong>When:</strong> ${escapeHtml(when)}<br><strong>Where:</strong> ${escapeHtml(input.location)}</p>`,
    `<p><a href="${escapeHtml(input.workshopUrl)}">See the workshop in the portal</a></p>`,
  ].join('\n');
  return { subject: subject.slice(0, 200), text, html: emailLayout(input.centerName, subject, html) };
}

/** What happened to a workshop, from one facilitator's point of view. */
export enum FacilitatorNotice {
  Assigned = 'ASSIGNED',
  Changed = 'CHANGED',
  Cancelled = 'CANCELLED',
  Unassigned = 'UNASSIGNED',
}

export interface FacilitatorEmailInput {
  notice: FacilitatorNotice;
  centerName: string;
  facilitatorName: string;
  /** The facilitator's own zone. */
  timeZone: string;
  title: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
  cancelReason?: string | null;
  workshopUrl: string;
}

/** Tells a facilitator that they run a workshop, that it moved or changed, or that it (or their part in it) is off. */
export function facilitatorEmail(input: FacilitatorEmailInput): RenderedEmail {
  const when = workshopWhen(input.startsAt, input.endsAt, input.timeZone);
  const t = input.title;
  const lines: Record<FacilitatorNotice, [string, string]> = {
    [FacilitatorNotice.Assigned]: [`You are facilitating: ${t}`, `You are a facilitator of ${t}. The roster and check-in are on its page.`],
    [FacilitatorNotice.Changed]: [`Updated: ${t}`, `${t}, which you facilitate, has changed. Here are the current details.`],
    [FacilitatorNotice.Cancelled]: [`Workshop cancelled: ${t}`, `${t}, which you were to facilitate, is cancelled${input.cancelReason ? `: ${input.cancelReason}` : '.'}`],
    [FacilitatorNotice.Unassigned]: [`No longer facilitating: ${t}`, `You are no longer a facilitator of ${t}.`],
  };
  const [subject, lead] = lines[input.notice];
  const text = [`Hello ${input.facilitatorName},`, '', lead, '', `When: ${when}`, `Where: ${input.location}`, '', `Details: ${input.workshopUrl}`].join('\n');
  const html = [
    `<p>Hello ${escapeHtml(input.facilitatorName)},</p>`,
    `<p>${escapeHtml(lead)}</p>`,
    `<p><strong>When:</strong> ${escapeHtml(when)}<br><strong>Where:</strong> ${escapeHtml(input.location)}</p>`,
    `<p><a href="${escapeHtml(input.workshopUrl)}">See the workshop in the portal</a></p>`,
  ].join('\n');
  return { subject: subject.slice(0, 200), text, html: emailLayout(input.centerName, subject, html) };
}
