import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { apiResource, errorMessage, GraphqlClient, RubricsForEditingDocument, RubricsForEditingQuery, UpdateRubricDocument, WhenPipe } from '@debrief/portal/core';
import { SPECIALTY_LABELS } from '@debrief/shared/domain';
import { PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';

type Rubric = RubricsForEditingQuery['rubrics'][number];

interface CriterionDraft {
  key: string | null;
  name: string;
  looksFor: string;
  descriptors: string[];
  starPart: string | null;
}

/**
 * Staff edit rubric templates. Saving makes a new version; evaluations already written keep the
 * version they were written on, and a criterion that keeps its key keeps its history in charts.
 */
@Component({
  selector: 'db-rubrics-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [WhenPipe, FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, PageHeaderComponent, PageStateComponent],
  template: `
    <db-page-header heading="Rubrics" description="What each kind of session is scored on, with a descriptor for every level 1–4. Saving makes a new version." />
    <db-page-state [loading]="rubrics.isLoading() && !rubrics.value()" [error]="error()" (retry)="rubrics.reload()">
      @if (rubrics.value(); as list) {
        <ul class="list" aria-label="Rubrics">
          @for (r of list; track r.id) {
            <li>
              <button mat-stroked-button type="button" [attr.aria-pressed]="selected()?.id === r.id" (click)="edit(r)">
                {{ r.current.name }}<span class="cdk-visually-hidden">, edit</span>
              </button>
              <span class="meta">{{ label(r) }} · version {{ r.currentVersion }} · {{ r.current.createdAt | when: 'shortDate' }}</span>
            </li>
          }
        </ul>
        @if (selected(); as r) {
          <form class="editor" (ngSubmit)="save()" [attr.aria-label]="'Edit ' + r.current.name">
            <h2 id="editor-heading" tabindex="-1">Edit {{ r.current.name }} (version {{ r.currentVersion }})</h2>
            <mat-form-field class="wide"><mat-label>Name</mat-label><input matInput [(ngModel)]="name" name="name" required /></mat-form-field>
            <mat-form-field class="wide"><mat-label>Description</mat-label><textarea matInput rows="2" [(ngModel)]="description" name="description"></textarea></mat-form-field>
            @for (c of criteria(); track $index; let i = $index) {
              <fieldset>
                <legend>Criterion {{ i + 1 }}{{ c.starPart ? ' (STAR part ' + c.starPart + ')' : '' }}</legend>
                <mat-form-field class="wide"><mat-label>Name of criterion {{ i + 1 }}</mat-label><input matInput [(ngModel)]="c.name" [name]="'cn-' + i" required /></mat-form-field>
                <mat-form-field class="wide"><mat-label>What criterion {{ i + 1 }} looks for</mat-label><input matInput [(ngModel)]="c.looksFor" [name]="'cl-' + i" /></mat-form-field>
                <div class="levels">
                  @for (d of c.descriptors; track $index; let l = $index) {
                    <mat-form-field>
                      <mat-label>Criterion {{ i + 1 }}, level {{ l + 1 }}</mat-label>
                      <textarea matInput rows="3" [(ngModel)]="c.descriptors[l]" [name]="'cd-' + i + '-' + l" required></textarea>
                    </mat-form-field>
                  }
                </div>
                @if (!c.starPart) {
                  <button mat-button type="button" (click)="remove(i)">Remove criterion {{ i + 1 }}</button>
                }
              </fieldset>
            }
            <button mat-stroked-button type="button" (click)="add()">Add a criterion</button>
            @if (formError()) {
              <p class="error" role="alert">{{ formError() }}</p>
            }
            <p role="status">{{ message() }}</p>
            <button mat-flat-button type="submit" [disabled]="saving()">Save as a new version</button>
          </form>
        }
      }
    </db-page-state>
  `,
  styles: `
    .list {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    .list li {
      display: flex;
      gap: 12px;
      align-items: center;
      flex-wrap: wrap;
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.875rem;
    }
    .editor {
      max-width: 1000px;
      margin-top: 24px;
    }
    h2 {
      font: var(--mat-sys-title-large);
    }
    h2:focus {
      outline: none;
    }
    .wide {
      width: 100%;
    }
    fieldset {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      margin: 0 0 12px;
    }
    .levels {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
      gap: 8px;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class RubricsPage {
  private readonly api = inject(GraphqlClient);
  protected readonly rubrics = apiResource({ loader: async () => (await this.api.query(RubricsForEditingDocument)).rubrics });
  protected readonly error = computed(() => errorMessage(this.rubrics.error()));
  protected readonly selected = signal<Rubric | null>(null);
  protected readonly criteria = signal<CriterionDraft[]>([]);
  protected name = '';
  protected description = '';
  protected readonly saving = signal(false);
  protected readonly message = signal('');
  protected readonly formError = signal('');

  protected label(r: Rubric): string {
    return SPECIALTY_LABELS[r.category];
  }

  protected edit(r: Rubric): void {
    this.selected.set(r);
    this.name = r.current.name;
    this.description = r.current.description;
    this.criteria.set(r.current.criteria.map((c) => ({ key: c.key, name: c.name, looksFor: c.looksFor, descriptors: [...c.descriptors], starPart: c.starPart ?? null })));
    this.message.set('');
    this.formError.set('');
    setTimeout(() => document.getElementById('editor-heading')?.focus());
  }

  protected add(): void {
    this.criteria.update((list) => [...list, { key: null, name: '', looksFor: '', descriptors: ['', '', '', ''], starPart: null }]);
  }

  protected remove(index: number): void {
    this.criteria.update((list) => list.filter((_, i) => i !== index));
  }

  protected async save(): Promise<void> {
    const rubric = this.selected();
    if (!rubric) return;
    this.formError.set('');
    this.message.set('');
    this.saving.set(true);
    try {
      const updated = (
        await this.api.mutate(UpdateRubricDocument, {
          input: { rubricId: rubric.id, name: this.name, description: this.description, criteria: this.criteria().map((c) => ({ ...c })) },
        })
      ).updateRubric;
      this.rubrics.update((list) => (list ?? []).map((r) => (r.id === updated.id ? { ...r, ...updated } : r)));
      this.selected.set({ ...rubric, ...updated });
      this.message.set(`Saved as version ${updated.currentVersion}. Evaluations written earlier keep their version.`);
    } catch (e) {
      this.formError.set(errorMessage(e) ?? 'Could not save the rubric.');
    } finally {
      this.saving.set(false);
    }
  }
}
