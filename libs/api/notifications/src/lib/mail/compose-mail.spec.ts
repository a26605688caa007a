import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { composeMail } from './compose-mail';

const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:u-1', 'SEQUENCE:2', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');

async function wire(calendarMethod: string | null, calendarIcs: string | null) {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
  const info = await transport.sendMail(
    composeMail('Center <careers@debrief.example>', {
      to: 'student@debrief.example',
      subject: 'Confirmed',
      text: 'Hello',
      html: '<p>Hello</p>',
      messageId: '<m-1@debrief.example>',
      calendarMethod,
      calendarIcs,
    }),
  );
  const raw = (info.message as Buffer).toString('utf8');
  return { raw, mail: await simpleParser(raw) };
}

describe('composeMail', () => {
  it('puts the calendar on the wire once as text/calendar with method= and once as invite.ics, never twice', async () => {
    const { raw, mail } = await wire('REQUEST', ics);
    const calendarTypes = raw.match(/^Content-Type: (text\/calendar|application\/ics)[^\r\n]*/gim) ?? [];
    expect(calendarTypes).toEqual(['Content-Type: text/calendar; charset=utf-8; method=REQUEST', 'Content-Type: application/ics; name=invite.ics']);
    expect(raw.match(/filename=("?)invite\.ics\1/g)).toHaveLength(1);
    const parts = mail.attachments.map((a) => ({ type: a.contentType, filename: a.filename ?? null, content: a.content.toString('utf8') }));
    expect(parts).toEqual([
      { type: 'text/calendar', filename: null, content: ics },
      { type: 'application/ics', filename: 'invite.ics', content: ics },
    ]);
    expect(mail.messageId).toBe('<m-1@debrief.example>');
  });

  it('says CANCEL in the MIME method of a cancellation', async () => {
    const { raw } = await wire('CANCEL', ics.replace('REQUEST', 'CANCEL'));
    expect(raw).toMatch(/^Content-Type: text\/calendar; charset=utf-8; method=CANCEL\r?$/m);
  });

  it('sends a plain message without any calendar part', async () => {
    const { raw, mail } = await wire(null, null);
    expect(raw).not.toMatch(/text\/calendar|application\/ics|invite\.ics/);
    expect(mail.attachments).toEqual([]);
  });
});
