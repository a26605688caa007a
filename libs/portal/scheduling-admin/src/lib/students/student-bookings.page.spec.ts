import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter } from '@angular/router';
import {
  AuthStore,
  GraphqlClient,
  StaffBookingFragment,
  StaffBookingOptionsDocument,
  StaffCancelBookingDocument,
  StaffExcuseNoShowDocument,
  StaffStudentBookingsDocument,
  StaffStudentsDocument,
} from '@debrief/portal/core';
import { Specialty } from '@debrief/shared/domain';
import { of } from 'rxjs';
import { StudentBookingsPage } from './student-bookings.page';

const upcoming: StaffBookingFragment = {
  id: 'b1',
  status: 'BOOKED',
  startsAt: '2026-03-03T16:00:00Z',
  endsAt: '2026-03-03T17:00:00Z',
  sessionTypeName: 'Coding mock interview',
  category: Specialty.Coding,
  location: 'Video call',
  cancelReason: null,
  noShowExcused: false,
  coach: { id: 'c1', name: 'Priya Raman' },
  student: { id: 's1', name: 'Jordan Rivera' },
};
const missed: StaffBookingFragment = { ...upcoming, id: 'b0', status: 'NO_SHOW', startsAt: '2026-01-13T16:00:00Z' };

describe('StudentBookingsPage', () => {
  const client = { query: jest.fn(), mutate: jest.fn() };
  const dialog = { open: jest.fn() };
  const snackBar = { open: jest.fn() };

  async function render() {
    client.query.mockReset().mockImplementation(async (document: unknown) => {
      if (document === StaffStudentsDocument) {
        return { users: [{ id: 's1', name: 'Jordan Rivera', email: 'student@debrief.example', timeZone: 'America/Chicago' }] };
      }
      if (document === StaffBookingOptionsDocument) return { sessionTypes: [], coaches: [] };
      return {
        upcoming: [upcoming],
        past: [missed],
        bookingStanding: { noShows: 3, limit: 3, windowDays: 120, blockedUntil: '2026-05-13T16:00:00Z' },
      };
    });
    client.mutate.mockReset();
    dialog.open.mockReset();
    snackBar.open.mockReset();
    TestBed.configureTestingModule({
      imports: [StudentBookingsPage],
      providers: [
        provideRouter([]),
        { provide: GraphqlClient, useValue: client },
        { provide: MatDialog, useValue: dialog },
        { provide: MatSnackBar, useValue: snackBar },
        { provide: AuthStore, useValue: { user: signal({ timeZone: 'America/Chicago' }) } },
      ],
    });
    const fixture = TestBed.createComponent(StudentBookingsPage);
    fixture.componentRef.setInput('id', 's1');
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  const button = (el: HTMLElement, label: string) =>
    [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === label) as HTMLButtonElement;

  it('shows the student, their standing with the reason, and both lists', async () => {
    const { el } = await render();
    expect(client.query).toHaveBeenCalledWith(StaffStudentBookingsDocument, { studentId: 's1' });
    expect(el.querySelector('h1')?.textContent).toBe('Jordan Rivera');
    expect(el.querySelector('.standing')?.textContent).toContain('Self-booking is paused until Wed 13 May 2026.');
    expect(el.querySelector('.standing')?.textContent).toContain('Why: 3 unexcused no-shows in the last 120 days');
    expect(el.querySelector('ul[aria-label="Upcoming sessions"]')?.textContent).toContain('Tue 3 Mar 2026, 10:00 (America/Chicago)');
    expect(el.querySelector('ul[aria-label="Past sessions"]')?.textContent).toContain('No-show');
  });

  it('cancels with the reason staff give', async () => {
    const { el, fixture } = await render();
    dialog.open.mockReturnValue({ afterClosed: () => of('Coach is ill') });
    client.mutate.mockResolvedValue({ cancelBooking: { ...upcoming, status: 'CANCELLED' } });
    button(el, 'Cancel').click();
    await fixture.whenStable();
    expect(dialog.open.mock.calls[0][1].data.title).toBe('Cancel this session?');
    expect(client.mutate).toHaveBeenCalledWith(StaffCancelBookingDocument, { input: { bookingId: 'b1', reason: 'Coach is ill' } });
    expect(snackBar.open).toHaveBeenCalledWith('Session cancelled.', undefined, { duration: 4000 });
  });

  it('does nothing when the reason dialog is dismissed', async () => {
    const { el, fixture } = await render();
    dialog.open.mockReturnValue({ afterClosed: () => of(undefined) });
    button(el, 'Cancel').click();
    await fixture.whenStable();
    expect(client.mutate).not.toHaveBeenCalled();
  });

  it('excuses a no-show with a reason', async () => {
    const { el, fixture } = await render();
    dialog.open.mockReturnValue({ afterClosed: () => of('Doctor’s note') });
    client.mutate.mockResolvedValue({ excuseNoShow: { ...missed, noShowExcused: true } });
    button(el, 'Excuse no-show').click();
    await fixture.whenStable();
    expect(client.mutate).toHaveBeenCalledWith(StaffExcuseNoShowDocument, { id: 'b0', reason: 'Doctor’s note' });
  });

  it('opens the booking form for this student', async () => {
    const { el, fixture } = await render();
    const toggle = button(el, 'Book for this student');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(el.querySelector('#book-heading')?.textContent).toBe('Book for Jordan Rivera');
    expect(el.querySelector('db-staff-booking-form')).not.toBeNull();
  });
});
