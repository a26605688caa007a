import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';

/** What a page shows about a failed load (portal/core's `apiResource` classifies API errors so). */
export interface PageFailure {
  kind: 'not-found' | 'forbidden' | 'offline' | 'error';
  message: string;
}

/** The parts of a loading resource this component reads (portal/core's `apiResource` has them). */
export interface PageResource {
  isLoading(): boolean;
  hasValue(): boolean;
  failure(): PageFailure | null;
  reload(): boolean;
}

/**
 * Shows a spinner while loading, an error panel with a retry button on failure, and the projected
 * content otherwise. The status region stays in the DOM so screen readers hear "Loading…" change.
 *
 * Given `[resource]`, it also tells the viewer when the thing does not exist (or the link is
 * malformed) and when it is not theirs, instead of a retry that can never succeed; and when the
 * server could not be reached at all, it says so.
 */
@Component({
  selector: 'db-page-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressSpinnerModule, RouterLink],
  template: `
    <div class="status" role="status" aria-live="polite">
      @if (busy()) {
        <mat-progress-spinner mode="indeterminate" diameter="32" aria-hidden="true" />
        <span>{{ loadingLabel() }}</span>
      }
    </div>
    @if (!busy()) {
      @if (failure(); as f) {
        @if (f.kind === 'not-found' || f.kind === 'forbidden') {
          <div class="missing" [attr.data-state]="f.kind">
            <h2>{{ f.kind === 'not-found' ? notFoundHeading() : noAccessHeading() }}</h2>
            <p>{{ f.message }}</p>
            <a mat-stroked-button routerLink="/">Go to the home page</a>
          </div>
        } @else {
          <div class="error" role="alert" [attr.data-state]="f.kind">
            <p>{{ f.message }}</p>
            <button mat-stroked-button type="button" (click)="tryAgain()">Try again</button>
          </div>
        }
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
    .missing {
      padding: 32px 16px;
      text-align: center;
      border: 1px dashed var(--mat-sys-outline);
      border-radius: 12px;
    }
    .missing h2 {
      font: var(--mat-sys-title-large);
      margin: 0 0 8px;
    }
    .missing p {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class PageStateComponent {
  readonly loading = input(false);
  /** The message to show; null or empty when there is no error. */
  readonly error = input<string | null>(null);
  /** The page's main resource: its loading and failure (not found, no access, offline) are shown. */
  readonly resource = input<PageResource | null>(null);
  readonly loadingLabel = input('Loading…');
  /** Heading when the resource does not exist, e.g. "Session not found". */
  readonly notFoundHeading = input('Not found');
  readonly noAccessHeading = input('You do not have access to this');
  readonly retry = output<void>();

  protected readonly busy = computed(() => {
    const r = this.resource();
    return this.loading() || (!!r && r.isLoading() && !r.hasValue());
  });
  protected readonly failure = computed<PageFailure | null>(() => {
    const own = this.resource()?.failure();
    if (own) return own;
    const message = this.error();
    return message ? { kind: 'error', message } : null;
  });

  protected tryAgain(): void {
    this.resource()?.reload();
    this.retry.emit();
  }
}
