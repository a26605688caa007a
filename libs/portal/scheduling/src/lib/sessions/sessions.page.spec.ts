import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter, Router } from '@angular/router';
import { AuthStore, BookingDetailsFragment, GraphqlClient, MyBookingsDocument } from '@debrief/portal/core';
import { Specialty } from '@debrief/shared/domain';
import { of } from 'rxjs';
import { CancelBookingDialog } from './cancel-booking.dialog';
import { SessionsPage } from './sessions.page';

const HOUR = 3600_000;

function booking(id: string, hoursAhead: number, status: BookingDetailsFragment['status'] = 'BOOKED'): BookingDetailsFragment {
  const start = Date.now() + hoursAhead * HOUR;
  return {
    id,
    status,
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + HOUR).toISOString(),
    sessionTypeId: 't1',
    sessionTypeName: 'Coding mock interview',
    category: Specialty.Coding,
    interviewMinutes: 40,
    preparation: '',
    location: 'Video call — your coach shares the link',
    assignment: 'least busy',
    cancelReason: null,
    noShowExcused: false,
    coach: { id: 'c1', name: 'Priya Raman', timeZone: 'America/Los_Angeles' },
    student: { id: 's1', name: 'Jordan Rivera', timeZone: 'America/New_York' },
  };
}

describe('SessionsPage', () => {
  const api = { query: jest.fn() };
  const dialog = { open: jest.fn() };

  async function render(tab: string | undefined, bookings: BookingDetailsFragment[]) {
    api.query.mockReset().mockImplementation(async (doc: unknown) =>
      doc === MyBookingsDocument ? { myBookings: bookings } : { sessionTypes: [{ id: 't1', cancelCutoffHours: 24 }] },
    );
    dialog.open.mockReset();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: GraphqlClient, useValue: api },
        { provide: MatDialog, useValue: dialog },
        { provide: AuthStore, useValue: { user: signal({ timeZone: 'America/New_York' }) } },
      ],
    });
    const router = TestBed.inject(Router);
    jest.spyOn(router, 'navigate').mockResolvedValue(true);
    const fixture = TestBed.createComponent(SessionsPage);
    if (tab) fixture.componentRef.setInput('tab', tab);
    await fixture.whenStable();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const item = (id: string) => el.querySelector(`#session-${id}`)?.closest('article') as HTMLElement;
    const actions = (id: string) => [...item(id).querySelectorAll('a, button')].map((a) => a.textContent?.trim().split(/\s+/)[0]);
    return { fixture, el, router, item, actions };
  }

  it('lists upcoming sessions with status, coach, time and location; only booked ones can change', async () => {
    const { item, actions } = await render(undefined, [booking('far', 72), booking('gone', 80, 'CANCELLED')]);
    expect(api.query).toHaveBeenCalledWith(MyBookingsDocument, { input: { scope: 'UPCOMING' } });
    const far = item('far');
    expect(far.querySelector('db-status-chip')?.textContent).toBe('Booked');
    expect(far.textContent).toContain('With Priya Raman · Video call — your coach shares the link');
    expect(far.querySelector('.when')?.textContent).toMatch(/^\w+day \d+ \w+ \d{4}, \d\d:\d\d–\d\d:\d\d \(America\/New_York\)$/);
    expect(actions('far')).toEqual(['Details', 'Reschedule', 'Cancel']);
    expect(actions('gone')).toEqual(['Details']);
  });

  it('warns on a session inside the cancellation cutoff and passes the cutoff to the cancel dialog', async () => {
    const soon = booking('soon', 5);
    const { item } = await render(undefined, [soon]);
    expect(item('soon').querySelector('.notice')?.textContent).toContain('only career center staff can change it now');
    dialog.open.mockReturnValue({ afterClosed: () => of(undefined) });
    [...item('soon').querySelectorAll('button')].find((b) => b.textContent?.trim().startsWith('Cancel'))?.click();
    expect(dialog.open).toHaveBeenCalledWith(CancelBookingDialog, expect.objectContaining({ data: { booking: soon, cutoffHours: 24, zone: 'America/New_York' } }));
  });

  it('shows past sessions from the past tab and keeps the tab in the URL', async () => {
    const { fixture, router } = await render('past', []);
    expect(api.query).toHaveBeenCalledWith(MyBookingsDocument, { input: { scope: 'PAST' } });
    expect((fixture.nativeElement as HTMLElement).querySelector('db-empty-state h2')?.textContent).toBe('No past sessions yet');
    fixture.componentInstance['selectTab'](0);
    expect(router.navigate).toHaveBeenCalledWith([], { queryParams: { tab: null }, replaceUrl: true });
  });
});
