import { ApplicationRef, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { AuthStore, GraphqlClient, OutboxMessagesDocument, ResendOutboxMessageDocument } from '@debrief/portal/core';
import { OutboxMessage, OutboxMessageDialog } from './outbox-message.dialog';
import { OutboxPage } from './outbox.page';

function message(id: string, createdAt: string): OutboxMessage {
  return {
    id,
    to: `${id}@students.debrief.example`,
    subject: `Subject ${id}`,
    kind: 'invitation',
    status: 'PENDING',
    text: 'Hello',
    html: '<p>Hello</p>',
    createdAt,
    updatedAt: createdAt,
    sentAt: null,
    messageId: `<${id}@debrief.example>`,
    attempts: 0,
    lastError: null,
    calendarMethod: null,
    calendarIcs: null,
  };
}

describe('OutboxPage', () => {
  const client = { query: jest.fn(), mutate: jest.fn() };
  // The viewer's profile zone, not the machine's (TZ=UTC), is the one times are shown in.
  const auth = { can: jest.fn(() => true), user: signal({ timeZone: 'Asia/Kolkata' }) };
  const dialog = { open: jest.fn() };

  async function render(messages: OutboxMessage[]) {
    client.query.mockReset().mockResolvedValue({ outboxMessages: messages });
    client.mutate.mockReset().mockResolvedValue({ resendOutboxMessage: { id: 'x', status: 'PENDING', attempts: 0, lastError: null } });
    dialog.open.mockReset();
    TestBed.configureTestingModule({
      imports: [OutboxPage],
      providers: [
        { provide: GraphqlClient, useValue: client },
        { provide: MatDialog, useValue: dialog },
        { provide: AuthStore, useValue: auth },
      ],
    });
    const fixture = TestBed.createComponent(OutboxPage);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('lists messages newest first', async () => {
    const el = await render([message('old', '2026-01-01T09:00:00Z'), message('new', '2026-01-02T09:00:00Z')]);
    expect(client.query).toHaveBeenCalledWith(OutboxMessagesDocument, { limit: 100 });
    const subjects = [...el.querySelectorAll('button.open')].map((b) => b.textContent?.trim());
    expect(subjects).toEqual(['Subject new', 'Subject old']);
    expect(el.querySelector('td')?.textContent).toContain('To new@students.debrief.example');
  });

  it('opens a message in the detail dialog', async () => {
    const newest = message('new', '2026-01-02T09:00:00Z');
    const el = await render([newest]);
    el.querySelector<HTMLButtonElement>('button.open')?.click();
    expect(dialog.open).toHaveBeenCalledWith(OutboxMessageDialog, expect.objectContaining({ data: newest }));
  });

  it('says so when the outbox is empty', async () => {
    const el = await render([]);
    expect(el.querySelector('db-empty-state h2')?.textContent).toBe('No messages yet');
  });

  it('lists only failed messages on request and lets staff resend one', async () => {
    const failed = { ...message('bad', '2026-01-02T09:00:00Z'), status: 'FAILED' as const, attempts: 1, lastError: '550 No such user here' };
    const el = await render([failed]);
    const toggles = [...el.querySelectorAll<HTMLButtonElement>('mat-button-toggle button')];
    expect(toggles.map((t) => t.textContent?.trim())).toEqual(['All messages', 'Failed']);
    toggles[1].click();
    await TestBed.inject(ApplicationRef).whenStable();
    expect(client.query).toHaveBeenLastCalledWith(OutboxMessagesDocument, { limit: 100, statuses: ['FAILED'] });
    expect(el.querySelector('.error')?.textContent).toContain('550 No such user here');
    const resend = el.querySelector<HTMLButtonElement>('button.resend');
    expect(resend?.textContent).toContain('Resend Subject bad to bad@students.debrief.example');
    resend?.click();
    await TestBed.inject(ApplicationRef).whenStable();
    expect(client.mutate).toHaveBeenCalledWith(ResendOutboxMessageDocument, { id: 'bad' });
    expect(el.querySelector('.notice')?.textContent).toContain('Queued again: Subject bad');
  });

  it('hides resend from those who may only read the outbox', async () => {
    auth.can.mockReturnValueOnce(false);
    const el = await render([{ ...message('bad', '2026-01-02T09:00:00Z'), status: 'FAILED' as const }]);
    expect(el.querySelector('button.resend')).toBeNull();
  });
});
