import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { notBlankValidator } from './validators';

export interface ReasonData {
  title: string;
  message: string;
  label: string;
  hint: string;
  confirm: string;
}

export const REASON_MAX = 500;

/** Asks for a required reason before an action; closes with the trimmed reason, or nothing. */
@Component({
  selector: 'db-reason-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.aria-label]="data.title">
      <mat-dialog-content>
        <p>{{ data.message }}</p>
        <mat-form-field class="reason" subscriptSizing="dynamic">
          <mat-label>{{ data.label }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" required cdkFocusInitial></textarea>
          <mat-hint>{{ data.hint }}</mat-hint>
          @if (reason.hasError('required')) {
            <mat-error>Enter a reason.</mat-error>
          } @else if (reason.hasError('maxlength')) {
            <mat-error>Use at most {{ max }} characters.</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Back</button>
        <button mat-flat-button type="submit">{{ data.confirm }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .reason {
      width: 100%;
    }
  `,
})
export class ReasonDialog {
  protected readonly data = inject<ReasonData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ReasonDialog, string>>(MatDialogRef);
  protected readonly max = REASON_MAX;
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, notBlankValidator, Validators.maxLength(REASON_MAX)],
  });
  /** A form group, so submitting goes through Angular (ngSubmit) and never reloads the page. */
  protected readonly form = new FormGroup({ reason: this.reason });

  protected submit(): void {
    if (this.reason.invalid) {
      this.reason.markAsTouched();
      return;
    }
    this.ref.close(this.reason.value.trim());
  }
}
