import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { BookingEventKind } from '@debrief/portal/core';
import { EVENT_LABELS } from '../shared/labels';
import { formatMoment } from '@debrief/portal/core';

export interface HistoryEvent {
  id: string;
  kind: BookingEventKind;
  at: string;
  actorName?: string | null;
  fromStartsAt?: string | null;
  toStartsAt?: string | null;
  reason?: string | null;
  location?: string | null;
}

interface HistoryLine {
  id: string;
  title: string;
  at: string;
  by: string | null;
  detail: string | null;
  reason: string | null;
}

/** Every change to a session, oldest first, as an ordered timeline (times in the viewer's zone). */
@Component({
  selector: 'db-booking-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="timeline">
      @for (line of lines(); track line.id) {
        <li>
          <p class="title">
            <strong>{{ line.title }}</strong>
            @if (line.by) {
              by {{ line.by }}
            }
          </p>
          <p class="at">{{ line.at }}</p>
          @if (line.detail) {
            <p>{{ line.detail }}</p>
          }
          @if (line.reason) {
            <p>Reason: {{ line.reason }}</p>
          }
        </li>
      }
    </ol>
  `,
  styles: `
    .timeline {
      margin: 0;
      padding: 0 0 0 20px;
      list-style: none;
      border-left: 2px solid var(--mat-sys-outline-variant);
    }
    li {
      position: relative;
      padding: 0 0 16px;
    }
    li::before {
      content: '';
      position: absolute;
      left: -27px;
      top: 6px;
      width: 12px;
      height: 12px;
      border-radius: 50%;
      background: var(--mat-sys-primary);
    }
    p {
      margin: 0;
    }
    .at {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class BookingHistoryComponent {
  readonly events = input.required<readonly HistoryEvent[]>();
  readonly zone = input.required<string>();

  protected readonly lines = computed(() => this.events().map((event) => this.line(event)));

  private line(event: HistoryEvent): HistoryLine {
    const zone = this.zone();
    let detail: string | null = null;
    if (event.kind === 'RESCHEDULED' && event.fromStartsAt && event.toStartsAt) {
      detail = `Moved from ${formatMoment(event.fromStartsAt, zone)} to ${formatMoment(event.toStartsAt, zone)}`;
    } else if (event.kind === 'LOCATION_CHANGED' && event.location) {
      detail = `Now at ${event.location}`;
    } else if (event.kind === 'BOOKED' && event.toStartsAt) {
      detail = `For ${formatMoment(event.toStartsAt, zone)}`;
    }
    return {
      id: event.id,
      title: EVENT_LABELS[event.kind],
      at: formatMoment(event.at, zone),
      by: event.actorName ?? null,
      detail,
      reason: event.reason ?? null,
    };
  }
}
