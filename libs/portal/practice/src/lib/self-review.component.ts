import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { GraphqlClient, SubmitPracticeSelfReviewDocument, toApiError } from '@debrief/portal/core';

export interface SelfReviewState {
  items: readonly string[];
  open: boolean;
  done: readonly string[];
  workedAt?: string | null;
}

/** The student's self-review checklist for the session, once it has ended; kept in their journal. */
@Component({
  selector: 'db-self-review',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, RouterLink],
  template: `
    <section class="db-surface panel" aria-labelledby="review-heading">
      <h2 id="review-heading">Self-review</h2>
      @if (!review().open) {
        <p class="meta">Your self-review checklist opens when the session has ended.</p>
      } @else {
        <form (ngSubmit)="submit()">
          <fieldset>
            <legend>What did you do in this session?</legend>
            @for (item of review().items; track item; let i = $index) {
              <label class="item"><input type="checkbox" [name]="'review-' + i" [checked]="checked().has(item)" (change)="toggle(item)" /> {{ item }}</label>
            }
          </fieldset>
          <label for="review-note">A note for your journal (optional)</label>
          <textarea id="review-note" name="reviewNote" rows="2" [(ngModel)]="note"></textarea>
          <button mat-flat-button type="submit" [disabled]="busy()">{{ review().workedAt ? 'Update my self-review' : 'Save my self-review' }}</button>
        </form>
        <p role="status" aria-live="polite" class="meta" data-testid="review-status">
          {{ message() }}
          @if (saved()) {
            <a routerLink="/journal">See it in your journal</a>
          }
        </p>
      }
    </section>
  `,
  styles: `
    .panel { padding: 16px; margin-bottom: 16px; }
    h2 { margin: 0 0 8px; font-size: 1.125rem; }
    fieldset { border: 1px solid #c4c4c4; border-radius: 8px; margin: 0 0 8px; }
    .item { display: flex; gap: 8px; align-items: center; padding: 4px 0; }
    .item input { width: 20px; height: 20px; }
    textarea { font: inherit; width: 100%; box-sizing: border-box; padding: 6px; border: 1px solid #767676; border-radius: 4px; margin-bottom: 8px; }
    .meta { color: #4a4a4a; font-size: 0.875rem; }
  `,
})
export class SelfReviewComponent implements OnInit {
  private readonly api = inject(GraphqlClient);
  readonly sessionId = input.required<string>();
  readonly review = input.required<SelfReviewState>();

  protected readonly checked = signal(new Set<string>());
  protected note = '';
  protected readonly busy = signal(false);
  protected readonly message = signal('');
  protected readonly saved = signal(false);
  protected readonly count = computed(() => this.checked().size);

  ngOnInit(): void {
    this.checked.set(new Set(this.review().done));
  }

  protected toggle(item: string): void {
    this.checked.update((s) => {
      const next = new Set(s);
      if (next.has(item)) next.delete(item);
      else next.add(item);
      return next;
    });
  }

  protected async submit(): Promise<void> {
    this.busy.set(true);
    this.saved.set(false);
    try {
      const done = this.review().items.filter((i) => this.checked().has(i));
      await this.api.mutate(SubmitPracticeSelfReviewDocument, { input: { sessionId: this.sessionId(), done, note: this.note.trim() } });
      this.message.set(`Saved: ${done.length} of ${this.review().items.length} done.`);
      this.saved.set(true);
    } catch (error) {
      this.message.set(`Not saved: ${toApiError(error).message}`);
    } finally {
      this.busy.set(false);
    }
  }
}
