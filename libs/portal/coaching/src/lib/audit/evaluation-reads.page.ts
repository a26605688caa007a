import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { apiResource, errorMessage, EvaluationReadsDocument, GraphqlClient, WhenPipe } from '@debrief/portal/core';
import { EmptyStateComponent, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';

/** Admins search who read which evaluation, and when. */
@Component({
  selector: 'db-evaluation-reads-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [WhenPipe, FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, EmptyStateComponent, PageHeaderComponent, PageStateComponent],
  template: `
    <db-page-header heading="Evaluation reads" description="Every read of an evaluation by anyone other than its student." />
    <form class="filters" (ngSubmit)="apply()" aria-label="Filter reads">
      <mat-form-field><mat-label>From</mat-label><input matInput type="date" [(ngModel)]="from" name="from" /></mat-form-field>
      <mat-form-field><mat-label>Until</mat-label><input matInput type="date" [(ngModel)]="to" name="to" /></mat-form-field>
      <button mat-flat-button type="submit">Search</button>
    </form>
    <db-page-state [loading]="reads.isLoading() && !reads.value()" [error]="error()" (retry)="reads.reload()">
      @if (reads.value(); as list) {
        @if (list.length === 0) {
          <db-empty-state heading="No reads in that period" />
        } @else {
          <table>
            <caption class="cdk-visually-hidden">Evaluation reads, newest first</caption>
            <thead>
              <tr><th scope="col">When</th><th scope="col">Reader</th><th scope="col">Role</th><th scope="col">Student</th><th scope="col">Through</th></tr>
            </thead>
            <tbody>
              @for (r of list; track r.id) {
                <tr><td>{{ r.at | when: 'shortMoment' }}</td><td>{{ r.readerName }}</td><td>{{ r.readerRole }}</td><td>{{ r.studentName }}</td><td>{{ r.via }}</td></tr>
              }
            </tbody>
          </table>
        }
      }
    </db-page-state>
  `,
  styles: `
    .filters {
      display: flex;
      gap: 12px;
      align-items: baseline;
      flex-wrap: wrap;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: left;
      padding: 6px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
  `,
})
export class EvaluationReadsPage {
  private readonly api = inject(GraphqlClient);
  protected from = '';
  protected to = '';
  private readonly filter = signal<{ from: string | null; to: string | null }>({ from: null, to: null });
  protected readonly reads = apiResource({
    params: () => this.filter(),
    loader: async ({ params }) =>
      (
        await this.api.query(EvaluationReadsDocument, {
          filter: { limit: 200, from: params.from ? new Date(`${params.from}T00:00:00`).toISOString() : null, to: params.to ? new Date(`${params.to}T23:59:59`).toISOString() : null },
        })
      ).evaluationReads,
  });
  protected readonly error = computed(() => errorMessage(this.reads.error()));
  protected apply(): void {
    this.filter.set({ from: this.from || null, to: this.to || null });
  }
}
