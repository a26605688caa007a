import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { workshopWhen } from '../shared/workshop-format';

/** A warning that a workshop overlaps the student's booked sessions; registering stays allowed. */
@Component({
  selector: 'db-workshop-overlap',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (sessions().length) {
      <div class="warning">
        <p>
          <strong>Heads up: this overlaps {{ sessions().length === 1 ? 'one of your booked sessions' : sessions().length + ' of your booked sessions' }}.</strong>
          You can still register; you would need to leave one early or reschedule.
        </p>
        <ul>
          @for (s of sessions(); track s.bookingId) {
            <li>{{ s.sessionTypeName }}, {{ when(s) }}</li>
          }
        </ul>
      </div>
    }
  `,
  styles: `
    .warning { border-left: 4px solid #8a5300; background: #fff4e0; color: #1b1b1f; padding: 8px 12px; margin: 8px 0; }
    .warning p, .warning ul { margin: 4px 0; }
  `,
})
export class WorkshopOverlapComponent {
  readonly sessions = input.required<{ bookingId: string; sessionTypeName: string; startsAt: string; endsAt: string }[]>();
  readonly zone = input.required<string>();

  protected when(s: { startsAt: string; endsAt: string }): string {
    return workshopWhen(s, this.zone());
  }
}
