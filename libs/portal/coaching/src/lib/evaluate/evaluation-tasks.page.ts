import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { apiResource, errorMessage, EvaluationTasksDocument, formatShortDate, GraphqlClient, injectViewerZone } from '@debrief/portal/core';
import { EmptyStateComponent, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';

/** The coach's completed sessions and the state of each one's feedback, unshared first. */
@Component({
  selector: 'db-evaluation-tasks-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, EmptyStateComponent, PageHeaderComponent, PageStateComponent],
  template: `
    <db-page-header heading="Feedback to write" description="Completed sessions and their evaluations. Mark a session completed in My schedule first." />
    <db-page-state [loading]="tasks.isLoading()" [error]="error()" (retry)="tasks.reload()">
      @if (tasks.value(); as list) {
        @if (list.length === 0) {
          <db-empty-state heading="No completed sessions yet" />
        } @else {
          <ul class="tasks">
            @for (t of list; track t.bookingId) {
              <li>
                <div>
                  <strong>{{ t.student.name }}</strong> — {{ t.sessionTypeName }}, {{ date(t.startsAt) }}
                  <span class="state">{{ t.status === 'SHARED' ? 'Shared' : t.status === 'DRAFT' ? 'Draft' : 'Not started' }}</span>
                </div>
                <div class="actions">
                  <a mat-stroked-button [routerLink]="['/coaching/evaluate', t.bookingId]">
                    {{ t.status ? 'Open feedback' : 'Write feedback' }}<span class="cdk-visually-hidden"> for {{ t.student.name }}, {{ date(t.startsAt) }}</span>
                  </a>
                  <a mat-button [routerLink]="['/coaching/students', t.student.id]">Plan and progress<span class="cdk-visually-hidden"> of {{ t.student.name }}</span></a>
                </div>
              </li>
            }
          </ul>
        }
      }
    </db-page-state>
  `,
  styles: `
    .tasks {
      list-style: none;
      padding: 0;
      margin: 0;
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
      margin-left: 8px;
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .actions {
      display: flex;
      gap: 8px;
    }
  `,
})
export class EvaluationTasksPage {
  /** Dates are shown in the viewer's profile zone. */
  private readonly zone = injectViewerZone();
  private readonly api = inject(GraphqlClient);
  protected readonly tasks = apiResource({ loader: async () => (await this.api.query(EvaluationTasksDocument)).evaluationTasks });
  protected readonly error = computed(() => errorMessage(this.tasks.error()));
  protected date(instant: string): string {
    return formatShortDate(instant, this.zone());
  }
}
