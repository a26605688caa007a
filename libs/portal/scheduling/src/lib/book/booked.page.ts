import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { apiResource, BookingDetailDocument, errorMessage, GraphqlClient, injectViewerZone } from '@debrief/portal/core';
import { PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { BookingSummaryComponent } from '../shared/booking-summary.component';

/** After booking: the session as booked (now with its coach), and where to go next. */
@Component({
  selector: 'db-booked-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, BookingSummaryComponent, PageHeaderComponent, PageStateComponent],
  template: `
    <db-page-header heading="You’re booked" description="Your session is in My sessions, where you can reschedule or cancel it." />
    <db-page-state [resource]="booking" loadingLabel="Loading your session…" notFoundHeading="Session not found">
      @if (booking.hasValue()) {
        <section class="db-surface" aria-label="Your session">
          <db-booking-summary [booking]="booking.value()" [zone]="zone()" />
        </section>
        <div class="db-form-actions actions">
          <a mat-flat-button [routerLink]="['/sessions', id()]">View session</a>
          <a mat-stroked-button routerLink="/sessions">My sessions</a>
          <a mat-button routerLink="/book">Book another session</a>
        </div>
      }
    </db-page-state>
  `,
  styles: `
    .actions {
      margin-top: 24px;
    }
  `,
})
export class BookedPage {
  private readonly api = inject(GraphqlClient);

  /** Route param. */
  readonly id = input.required<string>();

  protected readonly zone = injectViewerZone();
  protected readonly booking = apiResource({
    params: () => ({ id: this.id() }),
    loader: async ({ params }) => (await this.api.query(BookingDetailDocument, params)).booking,
  });
  protected readonly error = computed(() => errorMessage(this.booking.error()));
}
