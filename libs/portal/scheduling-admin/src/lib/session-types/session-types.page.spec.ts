import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  GraphqlClient,
  StaffCoachOptionsDocument,
  StaffRetireSessionTypeDocument,
  StaffSessionTypeFragment,
  StaffSessionTypesDocument,
} from '@debrief/portal/core';
import { Specialty } from '@debrief/shared/domain';
import { of } from 'rxjs';
import { SessionTypesPage } from './session-types.page';

const coding: StaffSessionTypeFragment = {
  id: 'type-1',
  name: 'Coding mock interview',
  category: Specialty.Coding,
  description: '',
  preparation: '',
  durationMinutes: 60,
  interviewMinutes: 40,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 10,
  minNoticeMinutes: 720,
  horizonDays: 28,
  cancelCutoffHours: 24,
  maxActivePerStudent: 2,
  locationKind: 'VIDEO',
  room: null,
  coachIds: ['coach-a'],
  retiredAt: null,
};
const retired = { ...coding, id: 'type-2', name: 'Old case study', retiredAt: '2026-01-01T00:00:00Z' };

describe('SessionTypesPage', () => {
  const client = { query: jest.fn(), mutate: jest.fn() };
  const dialog = { open: jest.fn() };
  const snackBar = { open: jest.fn() };

  async function render() {
    client.query.mockReset().mockImplementation(async (document: unknown, variables?: { includeRetired: boolean }) =>
      document === StaffCoachOptionsDocument
        ? { coaches: [{ id: 'coach-a', name: 'Priya Raman' }] }
        : { sessionTypes: variables?.includeRetired ? [coding, retired] : [coding] },
    );
    client.mutate.mockReset();
    dialog.open.mockReset();
    TestBed.configureTestingModule({
      imports: [SessionTypesPage],
      providers: [
        { provide: GraphqlClient, useValue: client },
        { provide: MatDialog, useValue: dialog },
        { provide: MatSnackBar, useValue: snackBar },
      ],
    });
    const fixture = TestBed.createComponent(SessionTypesPage);
    await fixture.whenStable();
    return { fixture, page: fixture.componentInstance, el: fixture.nativeElement as HTMLElement };
  }

  it('lists active types with their rules and coaches by name', async () => {
    const { el } = await render();
    expect(client.query).toHaveBeenCalledWith(StaffSessionTypesDocument, { includeRetired: false });
    const card = el.querySelector('article') as HTMLElement;
    expect(card.querySelector('h2')?.textContent).toBe('Coding mock interview');
    expect(card.textContent).toContain('1 h: 40 min interview, 20 min feedback');
    expect(card.textContent).toContain('Priya Raman');
    expect(card.querySelector('button[aria-label="Retire Coding mock interview"]')).not.toBeNull();
  });

  it('shows retired types, without actions, when asked', async () => {
    const { fixture, el } = await render();
    el.querySelector<HTMLButtonElement>('mat-slide-toggle button')?.click();
    await fixture.whenStable();
    expect(client.query).toHaveBeenCalledWith(StaffSessionTypesDocument, { includeRetired: true });
    const cards = [...el.querySelectorAll('article')];
    expect(cards).toHaveLength(2);
    expect(cards[1].textContent).toContain('Retired');
    expect(cards[1].querySelector('button')).toBeNull();
  });

  it('opens the editor for a type under a focusable heading', async () => {
    const { fixture, el } = await render();
    el.querySelector<HTMLButtonElement>('button[aria-label="Edit Coding mock interview"]')?.click();
    await fixture.whenStable();
    expect(el.querySelector('#session-type-editor-heading')?.textContent?.trim()).toBe('Edit Coding mock interview');
    expect(el.querySelector('db-session-type-form')).not.toBeNull();
  });

  it('retires only after a confirmation that says bookings keep the type', async () => {
    const { page } = await render();
    dialog.open.mockReturnValue({ afterClosed: () => of(false) });
    await page['retire'](coding);
    expect(client.mutate).not.toHaveBeenCalled();
    const data = dialog.open.mock.calls[0][1].data;
    expect(data.title).toBe('Retire Coding mock interview?');
    expect(data.message.join(' ')).toContain('Past and upcoming bookings keep it');

    dialog.open.mockReturnValue({ afterClosed: () => of(true) });
    client.mutate.mockResolvedValue({ retireSessionType: { ...coding, retiredAt: '2026-02-01T00:00:00Z' } });
    await page['retire'](coding);
    expect(client.mutate).toHaveBeenCalledWith(StaffRetireSessionTypeDocument, { id: 'type-1' });
    expect(snackBar.open).toHaveBeenCalledWith('Retired Coding mock interview.', undefined, { duration: 4000 });
  });
});
