import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { GraphqlClient, OutboxMessagesDocument } from '@debrief/portal/core';
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
    sentAt: null,
  };
}

describe('OutboxPage', () => {
  const client = { query: jest.fn() };
  const dialog = { open: jest.fn() };

  async function render(messages: OutboxMessage[]) {
    client.query.mockReset().mockResolvedValue({ outboxMessages: messages });
    dialog.open.mockReset();
    TestBed.configureTestingModule({
      imports: [OutboxPage],
      providers: [
        { provide: GraphqlClient, useValue: client },
        { provide: MatDialog, useValue: dialog },
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
});
