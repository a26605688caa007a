import { BookingStatus, StaffBookingFragment } from '@debrief/portal/core';

const STATUS_LABELS: Readonly<Record<BookingStatus, string>> = {
  BOOKED: 'Booked',
  CANCELLED: 'Cancelled',
  COMPLETED: 'Completed',
  NO_SHOW: 'No-show',
};

/** "Booked", "Cancelled", "Completed", "No-show" or "No-show (excused)". */
export function statusLabel(booking: Pick<StaffBookingFragment, 'status' | 'noShowExcused'>): string {
  const label = STATUS_LABELS[booking.status];
  return booking.status === 'NO_SHOW' && booking.noShowExcused ? `${label} (excused)` : label;
}

/** Staff may cancel any session still booked, inside the cancellation cutoff too. */
export function canCancel(booking: Pick<StaffBookingFragment, 'status'>): boolean {
  return booking.status === 'BOOKED';
}

/** A no-show can be excused once; then it stops counting towards the limit. */
export function canExcuse(booking: Pick<StaffBookingFragment, 'status' | 'noShowExcused'>): boolean {
  return booking.status === 'NO_SHOW' && !booking.noShowExcused;
}
