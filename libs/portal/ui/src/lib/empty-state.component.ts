import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** "Nothing here yet": a short heading, an explanation and optional projected actions. */
@Component({
  selector: 'db-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>{{ heading() }}</h2>
    @if (message()) {
      <p>{{ message() }}</p>
    }
    <ng-content />
  `,
  styles: `
    :host {
      display: block;
      padding: 32px 16px;
      text-align: center;
      border: 1px dashed var(--mat-sys-outline);
      border-radius: 12px;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 0 0 8px;
    }
    p {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class EmptyStateComponent {
  readonly heading = input.required<string>();
  readonly message = input<string>();
}
