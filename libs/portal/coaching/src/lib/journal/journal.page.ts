import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { AddJournalEntryDocument, apiResource, errorMessage, GraphqlClient, injectViewerZone, isoDateIn, JournalEntriesDocument } from '@debrief/portal/core';
import { EmptyStateComponent, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';

/** The preparation journal: the student writes entries; their coaches read them (studentId). */
@Component({
  selector: 'db-journal-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, EmptyStateComponent, PageHeaderComponent, PageStateComponent],
  template: `
    <db-page-header [heading]="studentId() ? 'Preparation journal' : 'My preparation journal'" description="What was practised, the questions met, and confidence per topic (1–5)." />
    @if (!studentId()) {
      <form class="entry" (ngSubmit)="add()" aria-labelledby="new-entry">
        <h2 id="new-entry">New entry</h2>
        <mat-form-field><mat-label>Date</mat-label><input matInput type="date" [(ngModel)]="practisedOn" name="practisedOn" required /></mat-form-field>
        <mat-form-field class="wide"><mat-label>What I practised</mat-label><textarea matInput rows="2" [(ngModel)]="practised" name="practised" required></textarea></mat-form-field>
        <mat-form-field class="wide"><mat-label>Questions I met</mat-label><textarea matInput rows="2" [(ngModel)]="questionsMet" name="questionsMet"></textarea></mat-form-field>
        <fieldset>
          <legend>Confidence per topic</legend>
          @for (row of confidence(); track $index; let i = $index) {
            <div class="conf">
              <label>Topic {{ i + 1 }} <input type="text" [(ngModel)]="row.topic" [name]="'topic-' + i" /></label>
              <label
                >Confidence for topic {{ i + 1 }}
                <select [(ngModel)]="row.level" [name]="'level-' + i">
                  @for (l of levels; track l) {
                    <option [ngValue]="l">{{ l }}</option>
                  }
                </select>
              </label>
            </div>
          }
          <button mat-button type="button" (click)="addTopic()">Add a topic</button>
        </fieldset>
        @if (formError()) {
          <p class="error" role="alert">{{ formError() }}</p>
        }
        <p role="status">{{ message() }}</p>
        <button mat-flat-button type="submit">Save entry</button>
      </form>
    }
    <db-page-state [loading]="entries.isLoading() && !entries.value()" [error]="error()" (retry)="entries.reload()">
      @if (entries.value(); as list) {
        <h2>Entries</h2>
        @if (list.length === 0) {
          <db-empty-state heading="No entries yet" />
        }
        <ul class="entries">
          @for (e of list; track e.id) {
            <li>
              <strong>{{ e.practisedOn }}</strong> — {{ e.practised }}
              @if (e.questionsMet) {
                <div>Questions: {{ e.questionsMet }}</div>
              }
              @if (e.checklist.length) {
                <div>Self-review: {{ doneCount(e.checklist) }} of {{ e.checklist.length }} done</div>
                <ul class="checklist" [attr.aria-label]="'Self-review of ' + e.practisedOn">
                  @for (m of e.checklist; track $index) {
                    <li>{{ m.done ? '✓ Did' : '✗ Not yet' }}: {{ m.item }}</li>
                  }
                </ul>
              }
              @if (e.confidence.length) {
                <div>Confidence: @for (c of e.confidence; track $index) {<span class="chip">{{ c.topic }} {{ c.level }}/5</span>}</div>
              }
            </li>
          }
        </ul>
      }
    </db-page-state>
  `,
  styles: `
    .wide {
      width: 100%;
    }
    .entry {
      max-width: 760px;
      margin-bottom: 24px;
    }
    fieldset {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      margin-bottom: 12px;
    }
    .conf {
      display: flex;
      gap: 16px;
      margin: 6px 0;
      flex-wrap: wrap;
    }
    .entries {
      list-style: none;
      padding: 0;
    }
    .entries li {
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .chip {
      margin-right: 8px;
    }
    .error {
      color: var(--mat-sys-error);
    }
    h2 {
      font: var(--mat-sys-title-large);
    }
  `,
})
export class JournalPage {
  /** Dates are shown in the viewer's profile zone. */
  private readonly zone = injectViewerZone();
  private readonly api = inject(GraphqlClient);
  readonly studentId = input<string>();
  protected readonly entries = apiResource({
    params: () => ({ studentId: this.studentId() ?? null }),
    loader: async ({ params }) => (await this.api.query(JournalEntriesDocument, params)).journalEntries,
  });
  protected readonly error = computed(() => errorMessage(this.entries.error()));
  protected readonly levels = [1, 2, 3, 4, 5];
  protected practisedOn = isoDateIn(Date.now(), this.zone());
  protected practised = '';
  protected questionsMet = '';
  protected doneCount(list: readonly { done: boolean }[]): number {
    return list.filter((m) => m.done).length;
  }
  protected readonly confidence = signal<{ topic: string; level: number }[]>([{ topic: '', level: 3 }]);
  protected readonly formError = signal('');
  protected readonly message = signal('');

  protected addTopic(): void {
    this.confidence.update((c) => [...c, { topic: '', level: 3 }]);
  }

  protected async add(): Promise<void> {
    this.formError.set('');
    this.message.set('');
    if (!this.practised.trim()) {
      this.formError.set('Say what you practised.');
      return;
    }
    try {
      await this.api.mutate(AddJournalEntryDocument, {
        input: {
          practisedOn: this.practisedOn,
          practised: this.practised,
          questionsMet: this.questionsMet,
          confidence: this.confidence().filter((c) => c.topic.trim()).map((c) => ({ topic: c.topic.trim(), level: Number(c.level) })),
        },
      });
      this.practised = '';
      this.questionsMet = '';
      this.confidence.set([{ topic: '', level: 3 }]);
      this.message.set('Entry saved.');
      this.entries.reload();
    } catch (e) {
      this.formError.set(errorMessage(e) ?? 'Could not save the entry.');
    }
  }
}
