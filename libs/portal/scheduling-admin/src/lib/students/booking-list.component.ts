import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { formatShortMoment, StaffBookingFragment } from '@debrief/portal/core';
import { canCancel, canExcuse, statusLabel } from './booking-status';

/** One list of a student's sessions (upcoming or past), with the actions staff can take on each. */
@Component({
  selector: 'db-booking-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    @if (rows().length === 0) {
      <p class="none">{{ emptyText() }}</p>
    } @else {
      <ul class="bookings" [attr.aria-label]="label()">
        @for (row of rows(); track row.booking.id) {
          <li class="booking">
            <div class="text">
              <span class="what">{{ row.booking.sessionTypeName }}</span>
              <span>{{ row.when }}</span>
              <span class="meta">With {{ row.booking.coach.name }} · {{ row.booking.location }}</span>
              @if (row.booking.cancelReason) {
                <span class="meta">Cancelled: {{ row.booking.cancelReason }}</span>
              }
            </div>
            <span class="status" [class.attention]="row.excusable">{{ row.status }}</span>
            @if (row.cancellable || row.excusable) {
              <div class="actions">
                @if (row.cancellable) {
                  <button mat-stroked-button type="button" [attr.aria-label]="'Cancel ' + row.booking.sessionTypeName + ', ' + row.when" (click)="cancelBooking.emit(row.booking)">
                    Cancel
                  </button>
                }
                @if (row.excusable) {
                  <button mat-stroked-button type="button" [attr.aria-label]="'Excuse no-show: ' + row.booking.sessionTypeName + ', ' + row.when" (click)="excuseNoShow.emit(row.booking)">
                    Excuse no-show
                  </button>
                }
              </div>
            }
          </li>
        }
      </ul>
    }
  `,
  styleUrl: './booking-list.component.scss',
})
export class BookingListComponent {
  readonly bookings = input.required<readonly StaffBookingFragment[]>();
  readonly timeZone = input.required<string>();
  readonly label = input.required<string>();
  readonly emptyText = input('No sessions.');
  readonly cancelBooking = output<StaffBookingFragment>();
  readonly excuseNoShow = output<StaffBookingFragment>();

  protected readonly rows = computed(() =>
    this.bookings().map((booking) => ({
      booking,
      when: formatShortMoment(booking.startsAt, this.timeZone()),
      status: statusLabel(booking),
      cancellable: canCancel(booking),
      excusable: canExcuse(booking),
    })),
  );
}
