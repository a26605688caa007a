import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';

let nextId = 0;

/**
 * A rubric level 1–4 as a native radio group inside a fieldset: arrow keys move between levels,
 * and each level shows its written descriptor, so the rubric is on screen while scoring.
 */
@Component({
  selector: 'db-level-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset [class.compact]="compact()">
      <legend>
        <span class="name">{{ label() }}</span>
        @if (hint()) {
          <span class="hint">{{ hint() }}</span>
        }
      </legend>
      <div class="levels">
        @for (d of levels(); track $index) {
          <label class="level" [class.selected]="value() === $index + 1">
            <input type="radio" [name]="name" [value]="$index + 1" [checked]="value() === $index + 1" (change)="value.set($index + 1)" />
            <span class="num">{{ $index + 1 }}</span>
            <span class="desc">{{ d }}</span>
          </label>
        }
      </div>
    </fieldset>
  `,
  styles: `
    fieldset {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      margin: 0 0 12px;
      padding: 8px 12px 12px;
    }
    legend {
      padding: 0 4px;
    }
    .name {
      font-weight: 600;
    }
    .hint {
      display: block;
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .levels {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(150px, 1fr));
      gap: 6px;
    }
    .level {
      display: flex;
      gap: 6px;
      align-items: flex-start;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 6px;
      padding: 6px;
      cursor: pointer;
      font-size: 0.875rem;
    }
    .level.selected {
      border-color: var(--mat-sys-primary);
      background: var(--mat-sys-secondary-container);
    }
    .level:focus-within {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 1px;
    }
    .num {
      font-weight: 700;
    }
    .compact .desc {
      font-size: 0.8125rem;
    }
  `,
})
export class LevelPickerComponent {
  readonly label = input.required<string>();
  readonly hint = input<string>('');
  /** Descriptors of levels 1..n. */
  readonly descriptors = input.required<readonly string[]>();
  readonly compact = input(false);
  readonly value = model<number | null>(null);
  protected readonly name = `level-${nextId++}`;
  protected readonly levels = computed(() => this.descriptors());
}
