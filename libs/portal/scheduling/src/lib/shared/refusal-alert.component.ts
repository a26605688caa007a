import { ApiError, slotLabel } from '@debrief/portal/core';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

/**
 * A refused booking change in an alert: the API's message and, when the time was just taken,
 * the next free times it offered as buttons (named like slots, in the viewer's zone).
 */
@Component({
  selector: 'db-refusal-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    <div class="db-form-error" role="alert">
      <p class="message">{{ failure().message }}</p>
      @if (failure().reason === 'SLOT_TAKEN') {
        @if (nextFree().length > 0) {
          <ul class="next-free" aria-label="Next free times">
            @for (slot of nextFree(); track slot.start) {
              <li>
                <button mat-stroked-button type="button" [attr.data-start]="slot.start" (click)="picked.emit(slot.start)">
                  {{ slot.label }}
                </button>
              </li>
            }
          </ul>
        } @else {
          <p class="message">Choose another time from the week.</p>
        }
      }
    </div>
  `,
  styles: `
    .message {
      margin: 0;
    }
    .message + .message {
      margin-top: 8px;
    }
    .next-free {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 12px 0 0;
      padding: 0;
      list-style: none;
    }
    .next-free button {
      height: auto;
      min-height: 40px;
      background: var(--mat-sys-surface);
    }
  `,
})
export class RefusalAlertComponent {
  readonly failure = input.required<ApiError>();
  readonly zone = input.required<string>();
  readonly picked = output<string>();

  protected readonly nextFree = computed(() =>
    this.failure().nextFree.map((start) => ({ start, label: slotLabel(start, this.zone()) })),
  );
}
