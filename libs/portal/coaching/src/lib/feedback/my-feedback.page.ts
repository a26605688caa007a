import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { apiResource, errorMessage, formatShortDate, GraphqlClient, injectViewerZone, MyFeedbackDocument } from '@debrief/portal/core';
import { EmptyStateComponent, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';

/** The student's completed sessions and where each one's feedback stands. */
@Component({
  selector: 'db-my-feedback-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, EmptyStateComponent, PageHeaderComponent, PageStateComponent],
  template: `
    <db-page-header heading="My feedback" description="Rate yourself first, then read your coach's evaluation side by side." />
    <db-page-state [loading]="items.isLoading()" [error]="error()" (retry)="items.reload()">
      @if (items.value(); as list) {
        @if (list.length === 0) {
          <db-empty-state heading="No completed sessions yet" />
        } @else {
          <ul class="items">
            @for (f of list; track f.bookingId) {
              <li>
                <div>
                  <strong>{{ f.sessionTypeName }}</strong> with {{ f.coachName }}, {{ date(f.startsAt) }}
                  <span class="state">{{ state(f) }}</span>
                </div>
                <a mat-stroked-button [routerLink]="['/feedback', f.bookingId]">
                  {{ f.evaluationShared && !f.seen && !f.selfAssessed ? 'Rate yourself' : 'Open' }}<span class="cdk-visually-hidden"> feedback on {{ f.sessionTypeName }}, {{ date(f.startsAt) }}</span>
                </a>
              </li>
            }
          </ul>
        }
      }
    </db-page-state>
  `,
  styles: `
    .items {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: 8px;
      padding: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    .state {
      display: block;
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class MyFeedbackPage {
  /** Dates are shown in the viewer's profile zone. */
  private readonly zone = injectViewerZone();
  private readonly api = inject(GraphqlClient);
  protected readonly items = apiResource({ loader: async () => (await this.api.query(MyFeedbackDocument)).myFeedback });
  protected readonly error = computed(() => errorMessage(this.items.error()));
  protected date(instant: string): string {
    return formatShortDate(instant, this.zone());
  }
  protected state(f: { evaluationShared: boolean; selfAssessed: boolean; seen: boolean }): string {
    if (f.evaluationShared) return f.seen ? 'Feedback read' : 'New feedback is ready';
    return f.selfAssessed ? 'Self-assessed; waiting for your coach' : 'Waiting for your coach';
  }
}
