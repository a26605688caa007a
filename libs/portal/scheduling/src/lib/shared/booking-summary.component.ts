import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { BookingDetailsFragment } from '@debrief/portal/core';
import { LocationComponent } from './location.component';
import { StatusChipComponent } from './status-chip.component';
import { formatSpan } from '@debrief/portal/core';

/** A session's facts as a description list: what, when (in the viewer's zone), who, where, what to prepare. */
@Component({
  selector: 'db-booking-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LocationComponent, StatusChipComponent],
  template: `
    @let b = booking();
    <dl class="summary">
      <div>
        <dt>Session</dt>
        <dd>{{ b.sessionTypeName }}</dd>
      </div>
      <div>
        <dt>Status</dt>
        <dd><db-status-chip [status]="b.status" [excused]="b.noShowExcused" /></dd>
      </div>
      <div>
        <dt>When</dt>
        <dd>{{ when() }}</dd>
      </div>
      @if (showStudent()) {
        <div>
          <dt>Student</dt>
          <dd>{{ b.student.name }}</dd>
        </div>
      }
      <div>
        <dt>Coach</dt>
        <dd>{{ b.coach.name }}</dd>
      </div>
      <div>
        <dt>Location</dt>
        <dd><db-location [location]="b.location" /></dd>
      </div>
      @if (b.cancelReason) {
        <div>
          <dt>Reason for cancelling</dt>
          <dd>{{ b.cancelReason }}</dd>
        </div>
      }
      <div class="wide">
        <dt>What to prepare</dt>
        <dd>{{ b.preparation }}</dd>
      </div>
    </dl>
  `,
  styles: `
    .summary {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 240px), 1fr));
      gap: 16px 24px;
      margin: 0;
    }
    .wide {
      grid-column: 1 / -1;
    }
    dt {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 4px 0 0;
    }
  `,
})
export class BookingSummaryComponent {
  readonly booking = input.required<BookingDetailsFragment>();
  readonly zone = input.required<string>();
  readonly showStudent = input(false);

  protected readonly when = computed(() => formatSpan(this.booking().startsAt, this.booking().endsAt, this.zone()));
}
