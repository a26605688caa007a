import { ChangeDetectionStrategy, Component, effect, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { schedulingFailure } from './scheduling-error';

/**
 * One text field saved on its own: a coach's video-meeting link, or the place of one session.
 * The API checks the value (https links only) and its message appears under the field.
 */
@Component({
  selector: 'db-place-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <form class="place" (submit)="submit($event)">
      <mat-form-field class="field" subscriptSizing="dynamic">
        <mat-label>{{ label() }}</mat-label>
        <input matInput [formControl]="control" [attr.inputmode]="inputMode()" maxlength="500" [attr.aria-describedby]="describedBy()" />
        @if (hint()) {
          <mat-hint [id]="id + '-hint'">{{ hint() }}</mat-hint>
        }
      </mat-form-field>
      <button mat-stroked-button type="submit" [disabled]="saving()" disabledInteractive>{{ saving() ? 'Saving…' : action() }}</button>
    </form>
    <p class="error" [id]="id + '-error'" role="alert">{{ error() }}</p>
    <p class="saved" role="status">{{ saved() }}</p>
  `,
  styles: `
    .place {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      align-items: flex-start;
    }
    .field {
      flex: 1 1 320px;
    }
    button {
      margin-top: 8px;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 4px 0 0;
    }
    .error:empty,
    .saved:empty {
      margin: 0;
    }
    .saved {
      margin: 4px 0 0;
    }
  `,
})
export class PlaceFormComponent {
  private static next = 0;
  protected readonly id = `db-place-${PlaceFormComponent.next++}`;

  readonly label = input.required<string>();
  readonly value = input<string | null>('');
  readonly hint = input('');
  readonly action = input('Save');
  readonly inputMode = input<'url' | 'text'>('text');
  /** Saves the trimmed value; throws what the API refused. */
  readonly save = input.required<(value: string) => Promise<void>>();

  protected readonly control = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(500)] });
  protected readonly saving = signal(false);
  protected readonly error = signal('');
  protected readonly saved = signal('');

  constructor() {
    // The saved value arrives (or changes) after the page loaded: show it unless the user is typing.
    effect(() => {
      const value = this.value() ?? '';
      if (this.control.pristine) this.control.setValue(value);
    });
  }

  protected describedBy(): string {
    return [this.hint() ? `${this.id}-hint` : '', this.error() ? `${this.id}-error` : ''].filter(Boolean).join(' ') || '';
  }

  async submit(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.saving()) return;
    this.saving.set(true);
    this.error.set('');
    this.saved.set('');
    try {
      await this.save()(this.control.value.trim());
      this.control.markAsPristine();
      this.saved.set('Saved.');
    } catch (failure) {
      this.error.set(schedulingFailure(failure).message);
    } finally {
      this.saving.set(false);
    }
  }
}
