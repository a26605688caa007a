import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { BookingDetailsFragment } from '@debrief/portal/core';
import { LocationComponent } from '../shared/location.component';
import { StatusChipComponent } from '../shared/status-chip.component';
import { formatSpan } from '@debrief/portal/core';

/** One of the student's sessions in a list: what, when, who, where, status, and what they can do. */
@Component({
  selector: 'db-session-item',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LocationComponent, MatButtonModule, RouterLink, StatusChipComponent],
  template: `
    @let b = booking();
    <article class="db-surface item">
      <div class="head">
        <h2 class="title" tabindex="-1" [id]="'session-' + b.id">{{ b.sessionTypeName }}</h2>
        <db-status-chip [status]="b.status" [excused]="b.noShowExcused" />
      </div>
      <p class="when">{{ when() }}</p>
      <p class="meta">With {{ b.coach.name }} · <db-location [location]="b.location" /></p>
      @if (notice()) {
        <p class="notice">{{ notice() }}</p>
      }
      <div class="actions">
        <a mat-button [routerLink]="['/sessions', b.id]">Details<span class="cdk-visually-hidden"> of {{ label() }}</span></a>
        @if (changeable()) {
          <a mat-stroked-button [routerLink]="['/sessions', b.id, 'reschedule']">
            Reschedule<span class="cdk-visually-hidden"> {{ label() }}</span>
          </a>
          <button mat-stroked-button type="button" (click)="cancelRequested.emit(b)">
            Cancel<span class="cdk-visually-hidden"> {{ label() }}</span>
          </button>
        }
      </div>
    </article>
  `,
  styles: `
    .item {
      padding: 16px 20px;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
    }
    .title {
      font: var(--mat-sys-title-medium);
      margin: 0;
    }
    .title:focus {
      outline: none;
    }
    .when {
      margin: 8px 0 0;
      font-weight: 600;
    }
    .meta,
    .notice {
      margin: 4px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 12px;
    }
  `,
})
export class SessionItemComponent {
  readonly booking = input.required<BookingDetailsFragment>();
  readonly zone = input.required<string>();
  /** Whether the student may still reschedule or cancel it (booked and not yet started). */
  readonly changeable = input(false);
  /** A line under the details, e.g. the cutoff warning. */
  readonly notice = input<string | null>(null);
  readonly cancelRequested = output<BookingDetailsFragment>();

  protected readonly when = computed(() => formatSpan(this.booking().startsAt, this.booking().endsAt, this.zone()));
  protected readonly label = computed(() => `${this.booking().sessionTypeName}, ${this.when()}`);
}
