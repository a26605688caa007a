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
    sentAt: '2026-01-02T09:00:05Z',
  };

  async function render() {
    TestBed.configureTestingModule({
      imports: [OutboxMessageDialog],
      providers: [{ provide: MAT_DIALOG_DATA, useValue: data }],
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
});
