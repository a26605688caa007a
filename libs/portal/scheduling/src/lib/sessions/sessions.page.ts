import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatTabsModule } from '@angular/material/tabs';
import { Router, RouterLink } from '@angular/router';
import { apiResource, BookableSessionTypesDocument, BookingDetailsFragment, BookingScope, errorMessage, formatMoment, GraphqlClient, injectViewerZone, MyBookingsDocument } from '@debrief/portal/core';
import { EmptyStateComponent, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { cutoffWarning, insideCutoff } from '../shared/cutoff';
import { injectFocusAfterRender } from '../shared/focus-after-render';
import { CancelBookingData, CancelBookingDialog } from './cancel-booking.dialog';
import { SessionItemComponent } from './session-item.component';

const TABS: readonly BookingScope[] = ['UPCOMING', 'PAST'];

/** The student's sessions, upcoming and past, with reschedule and cancel on the upcoming ones. */
@Component({
  selector: 'db-sessions-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, MatButtonModule, MatTabsModule, RouterLink, EmptyStateComponent, PageHeaderComponent, PageStateComponent, SessionItemComponent],
  templateUrl: './sessions.page.html',
  styleUrl: './sessions.page.scss',
})
export class SessionsPage {
  private readonly api = inject(GraphqlClient);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly focus = injectFocusAfterRender();

  /** Query param: `past` shows the past tab. */
  readonly tab = input<string>();

  protected readonly zone = injectViewerZone();
  protected readonly scope = computed<BookingScope>(() => (this.tab() === 'past' ? 'PAST' : 'UPCOMING'));
  protected readonly tabIndex = computed(() => TABS.indexOf(this.scope()));
  protected readonly bookings = apiResource({
    params: () => ({ scope: this.scope() }),
    loader: async ({ params }) => (await this.api.query(MyBookingsDocument, { input: params })).myBookings,
  });
  private readonly types = apiResource({ loader: async () => (await this.api.query(BookableSessionTypesDocument)).sessionTypes });
  protected readonly error = computed(() => errorMessage(this.bookings.error()));
  protected readonly message = signal('');

  protected selectTab(index: number): void {
    this.message.set('');
    void this.router.navigate([], { queryParams: { tab: TABS[index] === 'PAST' ? 'past' : null }, replaceUrl: true });
  }

  /** Booked and not started: the student may still reschedule or cancel (the API has the last word). */
  protected changeable(booking: BookingDetailsFragment): boolean {
    return booking.status === 'BOOKED' && Date.parse(booking.startsAt) > Date.now();
  }

  protected cutoffHours(booking: BookingDetailsFragment): number | null {
    return this.types.value()?.find((t) => t.id === booking.sessionTypeId)?.cancelCutoffHours ?? null;
  }

  protected notice(booking: BookingDetailsFragment): string | null {
    const hours = this.cutoffHours(booking);
    return this.changeable(booking) && hours !== null && insideCutoff(booking.startsAt, hours) ? cutoffWarning(hours) : null;
  }

  protected cancel(booking: BookingDetailsFragment): void {
    const data: CancelBookingData = { booking, cutoffHours: this.cutoffHours(booking), zone: this.zone() };
    const ref = this.dialog.open<CancelBookingDialog, CancelBookingData, BookingDetailsFragment>(CancelBookingDialog, {
      data,
      width: '520px',
      maxWidth: '95vw',
    });
    ref.afterClosed().subscribe((cancelled) => {
      if (!cancelled) return;
      this.message.set(`Cancelled ${cancelled.sessionTypeName} on ${formatMoment(cancelled.startsAt, this.zone())}.`);
      this.bookings.update((list) => list?.map((b) => (b.id === cancelled.id ? cancelled : b)));
      // Its buttons are gone: put focus on the session's heading rather than nowhere.
      this.focus(`#session-${cancelled.id}`);
    });
  }
}
