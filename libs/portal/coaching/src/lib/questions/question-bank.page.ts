import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { apiResource, errorMessage, formatShortDate, GraphqlClient, injectViewerZone, QuestionBankDocument } from '@debrief/portal/core';
import { Specialty, SPECIALTY_LABELS } from '@debrief/shared/domain';
import { EmptyStateComponent, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';

/** Questions asked in mock interviews, filterable by type, topic, company and words. */
@Component({
  selector: 'db-question-bank-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, EmptyStateComponent, PageHeaderComponent, PageStateComponent],
  template: `
    <db-page-header heading="Question bank" description="Questions coaches asked in mock interviews (shared feedback only; no names)." />
    <form class="filters" (ngSubmit)="apply()" aria-label="Filter questions">
      <mat-form-field>
        <mat-label>Type</mat-label>
        <mat-select [(ngModel)]="category" name="category">
          <mat-option [value]="null">Any</mat-option>
          @for (c of categories; track c.value) {
            <mat-option [value]="c.value">{{ c.label }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>Topic</mat-label>
        <mat-select [(ngModel)]="topic" name="topic">
          <mat-option [value]="null">Any</mat-option>
          @for (t of bank.value()?.topics ?? []; track t) {
            <mat-option [value]="t">{{ t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>Company</mat-label>
        <mat-select [(ngModel)]="company" name="company">
          <mat-option [value]="null">Any</mat-option>
          @for (c of bank.value()?.companies ?? []; track c) {
            <mat-option [value]="c">{{ c }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>Words</mat-label>
        <input matInput [(ngModel)]="search" name="search" />
      </mat-form-field>
      <button mat-flat-button type="submit">Filter</button>
    </form>
    <db-page-state [loading]="bank.isLoading() && !bank.value()" [error]="error()" (retry)="bank.reload()">
      @if (bank.value(); as b) {
        <p role="status">{{ b.questions.length }} question{{ b.questions.length === 1 ? '' : 's' }}</p>
        @if (b.questions.length === 0) {
          <db-empty-state heading="No questions match" />
        }
        <ul class="questions">
          @for (q of b.questions; track q.id) {
            <li>
              <strong>{{ q.text }}</strong>
              <div class="meta">{{ label(q.category) }} · {{ q.sessionTypeName }}@if (q.topic) { · {{ q.topic }}}@if (q.company) { · {{ q.company }}} · {{ date(q.askedAt) }}</div>
            </li>
          }
        </ul>
      }
    </db-page-state>
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: baseline;
    }
    .questions {
      list-style: none;
      padding: 0;
    }
    .questions li {
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .meta {
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class QuestionBankPage {
  /** Dates are shown in the viewer's profile zone. */
  private readonly zone = injectViewerZone();
  private readonly api = inject(GraphqlClient);
  protected readonly categories = Object.values(Specialty).map((value) => ({ value, label: SPECIALTY_LABELS[value] }));
  protected category: Specialty | null = null;
  protected topic: string | null = null;
  protected company: string | null = null;
  protected search = '';
  private readonly filter = signal<{ category: Specialty | null; topic: string | null; company: string | null; search: string | null }>({
    category: null,
    topic: null,
    company: null,
    search: null,
  });
  protected readonly bank = apiResource({
    params: () => this.filter(),
    loader: async ({ params }) => (await this.api.query(QuestionBankDocument, { filter: params })).questionBank,
  });
  protected readonly error = computed(() => errorMessage(this.bank.error()));

  protected apply(): void {
    this.filter.set({ category: this.category, topic: this.topic, company: this.company, search: this.search.trim() || null });
  }
  protected label(c: Specialty): string {
    return SPECIALTY_LABELS[c];
  }
  protected date(instant: string): string {
    return formatShortDate(instant, this.zone());
  }
}
