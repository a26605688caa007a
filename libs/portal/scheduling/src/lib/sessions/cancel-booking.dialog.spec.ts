import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { ApiError, BookingDetailsFragment, CancelBookingDocument, GraphqlClient } from '@debrief/portal/core';
import { ErrorCode, Specialty } from '@debrief/shared/domain';
import { CancelBookingData, CancelBookingDialog } from './cancel-booking.dialog';

const HOUR = 3600_000;

function booking(hoursAhead: number): BookingDetailsFragment {
  const start = Date.now() + hoursAhead * HOUR;
  return {
    id: 'b1',
    status: 'BOOKED',
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + HOUR).toISOString(),
    sessionTypeId: 't1',
    sessionTypeName: 'Coding mock interview',
    category: Specialty.Coding,
    interviewMinutes: 40,
    preparation: '',
    location: 'Video call',
    assignment: 'least busy',
    cancelReason: null,
    noShowExcused: false,
    coach: { id: 'c1', name: 'Priya Raman', timeZone: 'America/Los_Angeles' },
    student: { id: 's1', name: 'Jordan Rivera', timeZone: 'America/New_York' },
  };
}

describe('CancelBookingDialog', () => {
  const client = { mutate: jest.fn() };
  const ref = { close: jest.fn() };

  async function render(data: CancelBookingData) {
    client.mutate.mockReset();
    ref.close.mockReset();
    TestBed.configureTestingModule({
      providers: [
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: ref },
        { provide: GraphqlClient, useValue: client },
      ],
    });
    const fixture = TestBed.createComponent(CancelBookingDialog);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const buttons = () => [...el.querySelectorAll('button')].map((b) => b.textContent?.trim());
    return { fixture, el, buttons, dialog: fixture.componentInstance };
  }

  it('inside the cutoff warns that only staff can change it and does not offer to cancel', async () => {
    const { el, buttons } = await render({ booking: booking(5), cutoffHours: 24, zone: 'UTC' });
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'starts in less than 24 hours, so only career center staff can change it now. Contact them; a missed session counts as a no-show.',
    );
    expect(el.querySelector('textarea')).toBeNull();
    expect(buttons()).toEqual(['Close']);
  });

  it('before the cutoff asks for a reason and cancels with it', async () => {
    const cancelled = { ...booking(48), status: 'CANCELLED' as const };
    const { fixture, el, buttons, dialog } = await render({ booking: booking(48), cutoffHours: 24, zone: 'UTC' });
    expect(el.querySelector('[role="alert"]')).toBeNull();
    expect(buttons()).toEqual(['Keep session', 'Cancel session']);

    await dialog.submit();
    await fixture.whenStable();
    expect(client.mutate).not.toHaveBeenCalled();
    expect(el.querySelector('mat-error')?.textContent).toContain('Tell your coach why you are cancelling.');

    client.mutate.mockResolvedValue({ cancelBooking: cancelled });
    const textarea = el.querySelector('textarea') as HTMLTextAreaElement;
    textarea.value = '  Exam moved  ';
    textarea.dispatchEvent(new Event('input'));
    await dialog.submit();
    expect(client.mutate).toHaveBeenCalledWith(CancelBookingDocument, { input: { bookingId: 'b1', reason: 'Exam moved' } });
    expect(ref.close).toHaveBeenCalledWith(cancelled);
  });

  it('shows the API’s AFTER_CUTOFF message when the API refuses after all', async () => {
    const { fixture, el, buttons, dialog } = await render({ booking: booking(30), cutoffHours: 24, zone: 'UTC' });
    client.mutate.mockRejectedValue(
      new ApiError(ErrorCode.Forbidden, 'Less than 24 hours remain before this session.', undefined, { reason: 'AFTER_CUTOFF' }),
    );
    const textarea = el.querySelector('textarea') as HTMLTextAreaElement;
    textarea.value = 'Ill';
    textarea.dispatchEvent(new Event('input'));
    await dialog.submit();
    await fixture.whenStable();
    expect(el.querySelector('[role="alert"]')?.textContent?.trim()).toBe('Less than 24 hours remain before this session.');
    expect(buttons()).toEqual(['Close']);
    expect(ref.close).not.toHaveBeenCalled();
  });
});
