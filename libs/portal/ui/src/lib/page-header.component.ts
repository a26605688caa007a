import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The page's one h1 (focusable, so the shell can move focus to it after navigation), an optional
 * description, and projected actions.
 */
@Component({
  selector: 'db-page-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="text">
      <h1 class="page-heading" tabindex="-1">{{ heading() }}</h1>
      @if (description()) {
        <p class="description">{{ description() }}</p>
      }
    </div>
    <div class="actions"><ng-content /></div>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      justify-content: space-between;
      gap: 8px 16px;
      margin-bottom: 24px;
    }
    h1 {
      font: var(--mat-sys-headline-medium);
      margin: 0;
    }
    /* Focus only lands here programmatically, after navigation; a ring would look like a control. */
    h1:focus,
    h1:focus-visible {
      outline: none;
    }
    .description {
      margin: 4px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .actions:empty {
      display: none;
    }
  `,
})
export class PageHeaderComponent {
  readonly heading = input.required<string>();
  readonly description = input<string>();
}
