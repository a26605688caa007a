import { ChangeDetectionStrategy, Component, ElementRef, inject, output, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { formatShortCivilDate, GraphqlClient, placeApiError, resetAfterSave, StaffAddClosureDocument, StaffClosureFragment } from '@debrief/portal/core';
import { focusFirstInvalid } from '@debrief/portal/ui';
import { notBlankValidator } from '../shared/validators';
import { endOnOrAfterStart } from './closure-dates';

type Field = 'startDate' | 'endDate' | 'reason';
export const CLOSURE_REASON_MAX = 200;

/** Adds a center-wide closure: inclusive start and end dates and a reason students will see. */
@Component({
  selector: 'db-closure-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  templateUrl: './closure-form.component.html',
})
export class ClosureFormComponent {
  private readonly api = inject(GraphqlClient);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly added = output<StaffClosureFragment>();

  protected readonly reasonMax = CLOSURE_REASON_MAX;
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly formDirective = viewChild(FormGroupDirective);
  protected readonly form = inject(NonNullableFormBuilder).group({
    startDate: ['', Validators.required],
    endDate: ['', [Validators.required, endOnOrAfterStart]],
    reason: ['', [Validators.required, notBlankValidator, Validators.maxLength(CLOSURE_REASON_MAX)]],
  });

  constructor() {
    this.form.controls.startDate.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.endDate.updateValueAndValidity({ emitEvent: false }));
  }

  protected message(field: Field): string | null {
    const control = this.form.controls[field];
    if (!control.touched || !control.errors) return null;
    const errors = control.errors;
    if (errors['server']) return String(errors['server']);
    if (errors['endBeforeStart']) return 'The end date must be on or after the start date.';
    if (errors['maxlength']) return `Use at most ${CLOSURE_REASON_MAX} characters.`;
    if (errors['required']) return field === 'reason' ? 'Say why the center is closed.' : 'Enter a date.';
    return null;
  }

  async submit(): Promise<void> {
    if (this.saving()) return;
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const { startDate, endDate, reason } = this.form.getRawValue();
    this.saving.set(true);
    try {
      const { addClosure } = await this.api.mutate(StaffAddClosureDocument, {
        input: { startDate, endDate, reason: reason.trim() },
      });
      resetAfterSave(this.form, this.formDirective());
      this.snackBar.open(`Added the closure from ${formatShortCivilDate(addClosure.startDate)}.`, undefined, { duration: 4000 });
      this.added.emit(addClosure);
    } catch (error) {
      this.error.set(placeApiError(this.form, error, { host: this.host.nativeElement }));
    } finally {
      this.saving.set(false);
    }
  }
}
