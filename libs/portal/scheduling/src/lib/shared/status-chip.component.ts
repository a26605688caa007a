import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { BookingStatus } from '@debrief/portal/core';
import { STATUS_LABELS } from './labels';

/** A booking's status as a small labelled chip; the text carries the meaning, colour only helps. */
@Component({
  selector: 'db-status-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': '"chip " + status().toLowerCase()' },
  template: `{{ label() }}`,
  styles: `
    :host {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 8px;
      border: 1px solid currentColor;
      font: var(--mat-sys-label-large);
      white-space: nowrap;
    }
    :host(.booked) {
      background: #e3f0ff;
      color: #0b4a8b;
    }
    :host(.completed) {
      background: #e4f4e8;
      color: #1e5c33;
    }
    :host(.cancelled) {
      background: #f1f1f1;
      color: #4a4a4a;
    }
    :host(.no_show) {
      background: #fde8e8;
      color: #8c1d18;
    }
  `,
})
export class StatusChipComponent {
  readonly status = input.required<BookingStatus>();
  readonly excused = input(false);
  protected readonly label = computed(() =>
    this.status() === 'NO_SHOW' && this.excused() ? 'No-show (excused)' : STATUS_LABELS[this.status()],
  );
}
