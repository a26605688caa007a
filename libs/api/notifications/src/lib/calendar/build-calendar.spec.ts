import ICAL from 'ical.js';
import { foldLines as generatorFold } from 'ical-generator';
import { buildCalendar, buildInvite, foldLines } from './build-calendar';
import { CalendarEventSpec } from './calendar-spec';
import { paramValue } from './ical-param';

const event: CalendarEventSpec = {
  uid: '6f1c9a52-3a0e-4d0b-9a51-0d1f1b0c2e11',
  sequence: 0,
  status: 'CONFIRMED',
  start: new Date('2026-03-10T13:00:00Z'),
  end: new Date('2026-03-10T14:00:00Z'),
  summary: 'Mock interview — Debrief',
  description: 'Bring your résumé; one line, two.',
  location: 'Career center, room 2',
  url: 'https://debrief.example/sessions/1',
  organizer: { name: 'Northfield Career Center', email: 'careers@debrief.example' },
  attendees: [
    { name: 'Jordan Rivera', email: 'student@debrief.example', role: 'REQ-PARTICIPANT', partstat: 'ACCEPTED', rsvp: false },
    { name: 'Priya Raman', email: 'coach@debrief.example', role: 'CHAIR', partstat: 'ACCEPTED', rsvp: false },
  ],
  alarms: [60],
};

function parse(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  const vevents = root.getAllSubcomponents('vevent');
  return { root, vevents, vevent: vevents[0] };
}

describe('buildCalendar', () => {
  it('writes a REQUEST invite that ical.js reads back field by field', () => {
    const { root, vevent } = parse(buildInvite('REQUEST', event));
    expect(root.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(root.getFirstPropertyValue('prodid')).toBe('-//Debrief//Debrief//EN');
    expect(root.getFirstPropertyValue('timezone-id')).toBeNull();
    expect(vevent.getFirstPropertyValue('uid')).toBe(event.uid);
    expect(vevent.getFirstPropertyValue('sequence')).toBe(0);
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevent.getFirstPropertyValue('summary')).toBe('Mock interview — Debrief');
    expect(vevent.getFirstPropertyValue('description')).toBe(event.description);
    expect(vevent.getFirstPropertyValue('location')).toBe(event.location);
    expect(vevent.getFirstPropertyValue('url')).toBe(event.url);
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.zone?.tzid).toBe('UTC');
    expect(start.toJSDate().toISOString()).toBe('2026-03-10T13:00:00.000Z');
    expect((vevent.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().toISOString()).toBe('2026-03-10T14:00:00.000Z');
    expect(vevent.getFirstPropertyValue('dtstamp')).toBeTruthy();
    const organizer = vevent.getFirstProperty('organizer');
    expect(organizer?.getFirstValue()).toBe('mailto:careers@debrief.example');
    expect(organizer?.getParameter('cn')).toBe('Northfield Career Center');
    const attendees = vevent.getAllProperties('attendee').map((p) => ({
      // URI schemes are case-insensitive (RFC 3986); ical-generator writes MAILTO: for attendees.
      address: String(p.getFirstValue()).replace(/^mailto:/i, 'mailto:'),
      cn: p.getParameter('cn'),
      role: p.getParameter('role'),
      partstat: p.getParameter('partstat'),
      rsvp: p.getParameter('rsvp'),
    }));
    expect(attendees).toEqual([
      { address: 'mailto:student@debrief.example', cn: 'Jordan Rivera', role: 'REQ-PARTICIPANT', partstat: 'ACCEPTED', rsvp: 'FALSE' },
      { address: 'mailto:coach@debrief.example', cn: 'Priya Raman', role: 'CHAIR', partstat: 'ACCEPTED', rsvp: 'FALSE' },
    ]);
    const alarm = vevent.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-PT1H');
  });

  it('cancels with the same UID, the higher SEQUENCE it is given and STATUS:CANCELLED, without alarms', () => {
    const { root, vevent } = parse(buildInvite('CANCEL', { ...event, sequence: 3 }));
    expect(root.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('uid')).toBe(event.uid);
    expect(vevent.getFirstPropertyValue('sequence')).toBe(3);
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstSubcomponent('valarm')).toBeNull();
  });

  it('writes feeds as PUBLISH with a name and no attendees', () => {
    const ics = buildCalendar({ method: 'PUBLISH', name: 'Northfield', omitAttendees: true, events: [event, { ...event, uid: 'b', status: 'CANCELLED' }] });
    const { root, vevents } = parse(ics);
    expect(root.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Northfield');
    expect(vevents.map((v) => v.getFirstPropertyValue('status'))).toEqual(['CONFIRMED', 'CANCELLED']);
    expect(vevents[0].getAllProperties('attendee')).toHaveLength(0);
  });
});

describe('foldLines', () => {
  it('folds exactly as ical-generator does, multi-byte characters included', () => {
    const line = `DESCRIPTION:${'résumé — 🎯 '.repeat(30)}`;
    const text = `${line}\r\nSUMMARY:${'x'.repeat(200)}\r\nUID:short\r\nLOCATION:${'y'.repeat(62)}\r\nURL:${'z'.repeat(71)}\r\n`;
    expect(foldLines(text)).toBe(generatorFold(text));
    for (const folded of foldLines(text).split('\r\n')) expect(Buffer.byteLength(folded)).toBeLessThanOrEqual(75);
  });
});

describe('parameter values (RFC 5545 §3.1, RFC 6868)', () => {
  const names = {
    student: 'Zoë "Zed" Müller',
    coach: 'Doe, Jane: PhD; ^caret^',
    organizer: 'Northfield "Careers" Center',
  };
  const ics = buildInvite('REQUEST', {
    ...event,
    organizer: { name: names.organizer, email: 'careers@debrief.example' },
    attendees: [
      { name: names.student, email: 'zoe@debrief.example', role: 'REQ-PARTICIPANT', partstat: 'ACCEPTED', rsvp: false },
      { name: names.coach, email: 'jane@debrief.example', role: 'CHAIR', partstat: 'ACCEPTED', rsvp: false },
    ],
  });
  const unfolded = ics.replace(/\r\n /g, '');

  it('caret-encodes double quotes and quotes a value only when it holds : ; or ,', () => {
    expect(unfolded).toContain(`;CN=Zoë ^'Zed^' Müller:MAILTO:zoe@debrief.example\r\n`);
    expect(unfolded).toContain(`;CN="Doe, Jane: PhD; ^^caret^^":MAILTO:jane@debrief.example\r\n`);
    expect(unfolded).toContain(`ORGANIZER;CN=Northfield ^'Careers^' Center:mailto:careers@debrief.example\r\n`);
    expect(unfolded).not.toContain('\\"');
  });

  it('keeps every ATTENDEE and its name when a parser reads it back', () => {
    const { vevent } = parse(ics);
    const attendees = vevent.getAllProperties('attendee').map((p) => [String(p.getFirstValue()).toLowerCase(), p.getParameter('cn')]);
    expect(attendees).toEqual([
      ['mailto:zoe@debrief.example', names.student],
      ['mailto:jane@debrief.example', names.coach],
    ]);
    expect(vevent.getFirstProperty('organizer')?.getParameter('cn')).toBe(names.organizer);
  });

  it('writes line breaks as ^n and drops other control characters', () => {
    expect(paramValue('Ana\r\nBeth\tC\u0000D')).toBe('Ana^nBeth CD');
    expect(paramValue('plain name')).toBe('plain name');
    expect(paramValue('a:b')).toBe('"a:b"');
  });

  it('ends every line, the last one included, with CRLF', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const feed = buildCalendar({ method: 'PUBLISH', omitAttendees: true, events: [event] });
    expect(feed.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(feed.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
