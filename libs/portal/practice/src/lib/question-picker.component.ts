import { ChangeDetectionStrategy, Component, inject, input, OnInit, output, resource, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { GraphqlClient, QuestionBankDocument, QuestionBankFilter } from '@debrief/portal/core';
import { Specialty, SPECIALTY_LABELS } from '@debrief/shared/domain';

export interface PickedQuestion {
  text: string;
  topic: string;
  company: string;
}

/** The question bank searched from the room, by type, topic, company and words; a result is given with one click. */
@Component({
  selector: 'db-question-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule],
  template: `
    <form class="filters" (ngSubmit)="search()" aria-label="Search the question bank">
      <div>
        <label for="bank-type">Type</label>
        <select id="bank-type" name="bankType" [(ngModel)]="category">
          <option [ngValue]="null">Any type</option>
          @for (s of specialties; track s.value) {
            <option [ngValue]="s.value">{{ s.label }}</option>
          }
        </select>
      </div>
      <div>
        <label for="bank-topic">Topic</label>
        <select id="bank-topic" name="bankTopic" [(ngModel)]="topic">
          <option [ngValue]="null">Any topic</option>
          @for (t of bank.value()?.topics ?? []; track t) {
            <option [ngValue]="t">{{ t }}</option>
          }
        </select>
      </div>
      <div>
        <label for="bank-company">Company</label>
        <select id="bank-company" name="bankCompany" [(ngModel)]="company">
          <option [ngValue]="null">Any company</option>
          @for (c of bank.value()?.companies ?? []; track c) {
            <option [ngValue]="c">{{ c }}</option>
          }
        </select>
      </div>
      <div class="words">
        <label for="bank-words">Words</label>
        <input id="bank-words" name="bankWords" [(ngModel)]="words" />
      </div>
      <button mat-stroked-button type="submit">Search the bank</button>
    </form>
    <p class="meta" role="status" aria-live="polite">
      @if (bank.isLoading()) {
        Searching…
      } @else if (bank.error()) {
        The question bank could not be searched.
      } @else if (bank.value(); as b) {
        {{ b.questions.length }} {{ b.questions.length === 1 ? 'question' : 'questions' }} found.
      }
    </p>
    @if (bank.value(); as b) {
      <ul class="results" aria-label="Questions in the bank">
        @for (q of b.questions.slice(0, 20); track q.id) {
          <li>
            <span class="text">{{ q.text }}</span>
            <span class="meta">{{ label(q.category) }}{{ q.topic ? ' · ' + q.topic : '' }}{{ q.company ? ' · ' + q.company : '' }}</span>
            <button mat-button type="button" [disabled]="disabled()" (click)="picked.emit({ text: q.text, topic: q.topic, company: q.company })" [attr.aria-label]="'Give: ' + q.text">Give</button>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-end; }
    .filters label { display: block; font-size: 0.875rem; }
    .filters select, .filters input { font: inherit; padding: 4px; border: 1px solid #767676; border-radius: 4px; max-width: 100%; }
    .words { flex: 1 1 10rem; }
    .words input { width: 100%; box-sizing: border-box; }
    .meta { color: #4a4a4a; font-size: 0.875rem; }
    .results { list-style: none; padding: 0; margin: 0; max-height: 18rem; overflow: auto; }
    .results li { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: center; border-bottom: 1px solid #e0e0e0; padding: 4px 0; }
    .text { flex: 1 1 100%; }
  `,
})
export class QuestionPickerComponent implements OnInit {
  private readonly api = inject(GraphqlClient);
  /** The room's session type: the first search is of its kind. */
  readonly defaultCategory = input<Specialty | null>(null);
  readonly disabled = input(false);
  readonly picked = output<PickedQuestion>();

  protected readonly specialties = (Object.keys(SPECIALTY_LABELS) as Specialty[]).map((value) => ({ value, label: SPECIALTY_LABELS[value] }));
  protected category: Specialty | null = null;
  protected topic: string | null = null;
  protected company: string | null = null;
  protected words = '';
  private readonly filter = signal<QuestionBankFilter | null>(null);
  protected readonly bank = resource({
    params: () => this.filter() ?? undefined,
    loader: async ({ params }) => (await this.api.query(QuestionBankDocument, { filter: params })).questionBank,
  });

  ngOnInit(): void {
    this.category = this.defaultCategory();
    this.search();
  }

  protected label(category: Specialty): string {
    return SPECIALTY_LABELS[category] ?? category;
  }

  protected search(): void {
    this.filter.set({ category: this.category, topic: this.topic, company: this.company, search: this.words.trim() || null });
  }
}
