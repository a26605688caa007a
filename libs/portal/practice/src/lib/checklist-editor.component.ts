import { ChangeDetectionStrategy, Component, inject, input, resource, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { GraphqlClient, PracticeChecklistDocument, SetPracticeChecklistDocument, toApiError } from '@debrief/portal/core';

/** Staff edit a session type's self-review checklist: one item per line. */
@Component({
  selector: 'db-checklist-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule],
  template: `
    <section class="db-surface panel" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">Self-review checklist of this session type</h2>
      @if (checklist.value(); as c) {
        <form (ngSubmit)="save()">
          <label for="checklist-items">Items, one per line{{ c.isDefault ? ' (the defaults: not edited yet)' : '' }}</label>
          <textarea id="checklist-items" name="checklistItems" rows="7" [ngModel]="text() ?? c.items.join('\n')" (ngModelChange)="text.set($event)"></textarea>
          <button mat-stroked-button type="submit" [disabled]="busy()">Save the checklist</button>
        </form>
      }
      <p role="status" aria-live="polite" class="meta">{{ message() }}</p>
    </section>
  `,
  styles: `
    .panel { padding: 16px; margin-bottom: 16px; }
    h2 { margin: 0 0 8px; font-size: 1.125rem; }
    label { display: block; margin-bottom: 4px; }
    textarea { font: inherit; width: 100%; box-sizing: border-box; padding: 6px; border: 1px solid #767676; border-radius: 4px; margin-bottom: 8px; }
    .meta { color: #4a4a4a; font-size: 0.875rem; }
  `,
})
export class ChecklistEditorComponent {
  private readonly api = inject(GraphqlClient);
  readonly sessionTypeId = input.required<string>();
  protected readonly checklist = resource({
    params: () => ({ sessionTypeId: this.sessionTypeId() }),
    loader: async ({ params }) => (await this.api.query(PracticeChecklistDocument, params)).practiceChecklist,
  });
  protected readonly text = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly message = signal('');

  protected async save(): Promise<void> {
    const items = (this.text() ?? this.checklist.value()?.items.join('\n') ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
    this.busy.set(true);
    try {
      const saved = (await this.api.mutate(SetPracticeChecklistDocument, { input: { sessionTypeId: this.sessionTypeId(), items } })).setPracticeChecklist;
      this.text.set(saved.items.join('\n'));
      this.message.set(`Saved: ${saved.items.length} items.`);
    } catch (error) {
      this.message.set(`Not saved: ${toApiError(error).message}`);
    } finally {
      this.busy.set(false);
    }
  }
}
