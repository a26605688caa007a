import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { BookingDetailsFragment } from '@debrief/portal/core';
import { LocationComponent } from '../shared/location.component';
import { StatusChipComponent } from '../shared/status-chip.component';
import { Outcome } from './mark-outcome.dialog';
import { formatTimeRange } from '@debrief/portal/core';

/** One session in the coach's schedule: when, who, what, where, status, and closing it once it has started. */
@Component({
  selector: 'db-schedule-item',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LocationComponent, MatButtonModule, RouterLink, StatusChipComponent],
  template: `
    @let b = booking();
    <article class="item" [class.inactive]="b.status === 'CANCELLED'">
      <div class="head">
        <h4 class="title" tabindex="-1" [id]="'schedule-' + b.id">
          <span class="time">{{ time() }}</span> {{ b.sessionTypeName }}
        </h4>
        <db-status-chip [status]="b.status" [excused]="b.noShowExcused" />
      </div>
      <p class="meta">With {{ b.student.name }} · <db-location [location]="b.location" /></p>
      <div class="actions">
        <a mat-button [routerLink]="['/sessions', b.id]">Details<span class="cdk-visually-hidden"> of {{ label() }}</span></a>
        @if (b.status !== 'CANCELLED') {
          <a mat-button [routerLink]="['/practice', b.id]">Practice room<span class="cdk-visually-hidden"> of {{ label() }}</span></a>
        }
        @if (closable()) {
          <button mat-stroked-button type="button" (click)="mark.emit({ booking: b, outcome: 'COMPLETED' })">
            Mark completed<span class="cdk-visually-hidden"> {{ label() }}</span>
          </button>
          <button mat-stroked-button type="button" (click)="mark.emit({ booking: b, outcome: 'NO_SHOW' })">
            Mark no-show<span class="cdk-visually-hidden"> {{ label() }}</span>
          </button>
        }
      </div>
    </article>
  `,
  styles: `
    .item {
      padding: 12px 16px;
      border-radius: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface-container-low);
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
    }
    .title {
      font: var(--mat-sys-title-small);
      margin: 0;
    }
    .title:focus {
      outline: none;
    }
    .time {
      margin-right: 8px;
      font-variant-numeric: tabular-nums;
    }
    .meta {
      margin: 4px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 8px;
    }
    .inactive .title {
      text-decoration: line-through;
    }
  `,
})
export class ScheduleItemComponent {
  readonly booking = input.required<BookingDetailsFragment>();
  readonly zone = input.required<string>();
  /** The time the list was last refreshed; sessions that started before it can be closed. */
  readonly now = input.required<number>();
  readonly mark = output<{ booking: BookingDetailsFragment; outcome: Outcome }>();

  protected readonly time = computed(() => formatTimeRange(this.booking().startsAt, this.booking().endsAt, this.zone()));
  protected readonly label = computed(() => `${this.booking().sessionTypeName} with ${this.booking().student.name} at ${this.time()}`);
  /** Started and still booked: the coach can say whether it happened. */
  protected readonly closable = computed(
    () => this.booking().status === 'BOOKED' && Date.parse(this.booking().startsAt) <= this.now(),
  );
}
