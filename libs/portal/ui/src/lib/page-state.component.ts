import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';

/**
 * Shows a spinner while loading, an error panel with a retry button on failure, and the projected
 * content otherwise. The status region stays in the DOM so screen readers hear "Loading…" change.
 */
@Component({
  selector: 'db-page-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressSpinnerModule],
  template: `
    <div class="status" role="status" aria-live="polite">
      @if (loading()) {
        <mat-progress-spinner mode="indeterminate" diameter="32" aria-hidden="true" />
        <span>{{ loadingLabel() }}</span>
      }
    </div>
    @if (!loading()) {
      @if (error(); as message) {
        <div class="error" role="alert">
          <p>{{ message }}</p>
          <button mat-stroked-button type="button" (click)="retry.emit()">Try again</button>
        </div>
      } @else {
        <ng-content />
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .status:not(:empty) {
      display: flex;
      align-items: center;
      gap: 12px;
      padding: 24px 0;
    }
    .error {
      padding: 16px;
      border-radius: 12px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .error p {
      margin: 0 0 12px;
    }
  `,
})
export class PageStateComponent {
  readonly loading = input(false);
  /** The message to show; null or empty when there is no error. */
  readonly error = input<string | null>(null);
  readonly loadingLabel = input('Loading…');
  readonly retry = output<void>();
}
