import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { formatMoment } from '@debrief/portal/core';

export interface Standing {
  blockedUntil?: string | null;
  noShows: number;
  limit: number;
  windowDays: number;
}

/** Why self-booking is paused (missed sessions) and until when, shown instead of free times. */
@Component({
  selector: 'db-blocked-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="notice" role="alert">
      <h3>Self-booking is paused</h3>
      <p>
        You missed {{ standing().noShows }} session{{ standing().noShows === 1 ? '' : 's' }} in the last
        {{ standing().windowDays }} days (the limit is {{ standing().limit }}), so you can book again from
        <strong>{{ until() }}</strong>.
      </p>
      <p>If there was a good reason, the career center can excuse a missed session.</p>
    </div>
  `,
  styles: `
    .notice {
      padding: 16px 20px;
      border-radius: 12px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
    p {
      margin: 0 0 8px;
    }
    p:last-child {
      margin: 0;
    }
  `,
})
export class BlockedNoticeComponent {
  readonly standing = input.required<Standing>();
  readonly zone = input.required<string>();
  protected readonly until = computed(() => formatMoment(this.standing().blockedUntil ?? '', this.zone()));
}
