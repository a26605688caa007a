import { signal } from '@angular/core';
import { AuthStore } from '@debrief/portal/core';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { OutboxMessage, OutboxMessageDialog } from './outbox-message.dialog';

describe('OutboxMessageDialog', () => {
  const data: OutboxMessage = {
    id: 'm1',
    to: 'casey@students.debrief.example',
    subject: 'You’re invited',
    kind: 'invitation',
    status: 'SENT',
    text: 'Hello Casey,\nChoose a password: https://debrief.example/accept-invite?token=abc',
    html: '<p>Hello Casey</p><script>alert(1)</script>',
    createdAt: '2026-01-02T09:00:00Z',
    updatedAt: '2026-01-02T09:00:05Z',
    sentAt: '2026-01-02T09:00:05Z',
    messageId: '<m1@debrief.example>',
    attempts: 1,
    lastError: null,
    calendarMethod: null,
    calendarIcs: null,
  };

  async function render(message: OutboxMessage = data) {
    TestBed.configureTestingModule({
      imports: [OutboxMessageDialog],
      providers: [{ provide: MAT_DIALOG_DATA, useValue: message }, { provide: AuthStore, useValue: { user: signal({ timeZone: 'America/New_York' }) } }],
    });
    const fixture = TestBed.createComponent(OutboxMessageDialog);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('shows the envelope and the plain-text body', async () => {
    const { el } = await render();
    expect(el.querySelector('h2')?.textContent).toBe('You’re invited');
    expect(el.textContent).toContain('casey@students.debrief.example');
    expect(el.textContent).toContain('Sent');
    expect(el.querySelector('pre')?.textContent).toContain('accept-invite?token=abc');
  });

  it('dates the message in the viewer’s profile zone, not the machine’s (UTC here)', async () => {
    const { el } = await render();
    expect(el.textContent).toContain('Fri 2 Jan 2026, 04:00 (America/New_York)');
    expect(el.textContent).not.toContain('09:00');
  });

  it('offers the HTML body as a tab that renders in a sandboxed frame', async () => {
    const { fixture, el } = await render();
    const tabs = [...el.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs.map((tab) => tab.textContent?.trim())).toEqual(['Text', 'HTML']);
    tabs[1].click();
    await fixture.whenStable();
    const frame = el.querySelector('iframe');
    expect(frame?.getAttribute('sandbox')).toBe('');
    expect(frame?.getAttribute('title')).toBe('HTML body of You’re invited');
    expect(frame?.getAttribute('srcdoc')).toContain(`default-src 'none'`);
  });

  it('shows an attached calendar invite as its own tab, with its method and a download', async () => {
    const ics = 'BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n';
    const { fixture, el } = await render({ ...data, kind: 'booking-confirmed', calendarMethod: 'REQUEST', calendarIcs: ics });
    expect(el.textContent).toContain('invite.ics, METHOD:REQUEST');
    const tabs = [...el.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs.map((tab) => tab.textContent?.trim())).toEqual(['Text', 'HTML', 'Invite (.ics)']);
    tabs[2].click();
    fixture.detectChanges();
    await fixture.whenStable();
    expect(el.querySelector('pre.ics')?.textContent).toContain('METHOD:REQUEST');
    const link = el.querySelector<HTMLAnchorElement>('a[download="invite.ics"]');
    expect(decodeURIComponent(link?.getAttribute('href') ?? '')).toBe(`data:text/calendar;charset=utf-8,${ics}`);
  });
});
