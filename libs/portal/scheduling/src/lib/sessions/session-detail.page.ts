import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { apiResource, AuthStore, BookableSessionTypesDocument, BookingDetailDocument, BookingDetailsFragment, ChangeBookingLocationDocument, GraphqlClient, injectViewerZone } from '@debrief/portal/core';
import { PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { Permission } from '@debrief/shared/domain';
import { BookingSummaryComponent } from '../shared/booking-summary.component';
import { PlaceFormComponent } from '../shared/place-form.component';
import { cutoffWarning, insideCutoff } from '../shared/cutoff';
import { injectFocusAfterRender } from '../shared/focus-after-render';
import { BookingHistoryComponent } from './booking-history.component';
import { CancelBookingData, CancelBookingDialog } from './cancel-booking.dialog';

/** One session: its details, what the student can still do, and every change so far. */
@Component({
  selector: 'db-session-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    RouterLink,
    BookingHistoryComponent,
    BookingSummaryComponent,
    PageHeaderComponent,
    PageStateComponent,
    PlaceFormComponent,
  ],
  templateUrl: './session-detail.page.html',
  styleUrl: './session-detail.page.scss',
})
export class SessionDetailPage {
  private readonly api = inject(GraphqlClient);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly focus = injectFocusAfterRender();

  /** Route param. */
  readonly id = input.required<string>();
  /** Query param set after a reschedule. */
  readonly rescheduled = input<string>();

  protected readonly zone = injectViewerZone();
  protected readonly booking = apiResource({
    params: () => ({ id: this.id() }),
    loader: async ({ params }) => (await this.api.query(BookingDetailDocument, params)).booking,
  });
  private readonly types = apiResource({ loader: async () => (await this.api.query(BookableSessionTypesDocument)).sessionTypes });
  protected readonly message = signal('');

  protected readonly heading = computed(() => (this.booking.hasValue() ? this.booking.value().sessionTypeName : 'Session'));
  /** The viewer is this session's student (else its coach, or staff). */
  protected readonly isStudent = computed(() => this.booking.value()?.student.id === this.auth.user()?.id);
  protected readonly changeable = computed(() => {
    const b = this.booking.value();
    return !!b && this.isStudent() && this.auth.can(Permission.BookingsBook) && b.status === 'BOOKED' && Date.parse(b.startsAt) > Date.now();
  });
  /** The coach of an upcoming session (or staff) may move it to another room or link. */
  protected readonly movable = computed(() => {
    const b = this.booking.value();
    return !!b && !this.isStudent() && this.auth.can(Permission.SessionsRun) && b.status === 'BOOKED' && Date.parse(b.endsAt) > Date.now();
  });
  protected readonly saveLocation = async (location: string): Promise<void> => {
    const { changeBookingLocation } = await this.api.mutate(ChangeBookingLocationDocument, { input: { bookingId: this.id(), location } });
    this.booking.update((current) => (current ? { ...current, ...changeBookingLocation } : current));
    this.booking.reload();
  };
  private readonly cutoffHours = computed(() => {
    const b = this.booking.value();
    return this.types.value()?.find((t) => t.id === b?.sessionTypeId)?.cancelCutoffHours ?? null;
  });
  protected readonly warning = computed(() => {
    const b = this.booking.value();
    const hours = this.cutoffHours();
    return b && this.changeable() && hours !== null && insideCutoff(b.startsAt, hours) ? cutoffWarning(hours) : null;
  });

  protected cancel(booking: BookingDetailsFragment): void {
    const data: CancelBookingData = { booking, cutoffHours: this.cutoffHours(), zone: this.zone() };
    this.dialog
      .open<CancelBookingDialog, CancelBookingData, BookingDetailsFragment>(CancelBookingDialog, { data, width: '520px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((cancelled) => {
        if (!cancelled) return;
        this.message.set('Session cancelled.');
        // Show the new status at once (its buttons go), then fetch the history with the cancellation.
        this.booking.update((current) => (current ? { ...current, ...cancelled } : current));
        this.focus('main h1');
        this.booking.reload();
      });
  }
}
