import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { BookingDetailsFragment, CancelBookingDocument, formatSpan, GraphqlClient } from '@debrief/portal/core';
import { cutoffWarning, insideCutoff } from '../shared/cutoff';
import { schedulingFailure } from '../shared/scheduling-error';

export interface CancelBookingData {
  booking: BookingDetailsFragment;
  /** The type's cancellation cutoff, when known. */
  cutoffHours: number | null;
  zone: string;
}

export const REASON_MAX_LENGTH = 500;

/**
 * Cancelling asks for a reason (the coach sees it). Inside the type's cutoff it says up front that
 * only staff can change the session now, instead of offering a cancel the API would refuse.
 * Closes with the cancelled booking.
 */
@Component({
  selector: 'db-cancel-booking-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule],
  template: `
    <h2 mat-dialog-title>Cancel this session?</h2>
    <mat-dialog-content>
      <p>
        <strong>{{ data.booking.sessionTypeName }}</strong> with {{ data.booking.coach.name }},<br />
        {{ when }}
      </p>
      @if (tooLate()) {
        <p class="warning" role="alert">{{ warning() }}</p>
      } @else {
        <form id="cancel-form" novalidate (submit)="onSubmit($event)">
          <mat-form-field class="reason">
            <mat-label>Reason for cancelling</mat-label>
            <textarea #reasonInput matInput [formControl]="reason" rows="3" [maxlength]="maxLength" required></textarea>
            <mat-hint>Your coach sees this.</mat-hint>
            @if (reason.hasError('required')) {
              <mat-error>Tell your coach why you are cancelling.</mat-error>
            }
          </mat-form-field>
        </form>
        @if (error(); as message) {
          <p class="db-form-error" role="alert">{{ message }}</p>
        }
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      @if (tooLate()) {
        <button mat-flat-button type="button" mat-dialog-close>Close</button>
      } @else {
        <button mat-button type="button" mat-dialog-close>Keep session</button>
        <button mat-flat-button type="submit" form="cancel-form" [disabled]="submitting()" disabledInteractive>
          {{ submitting() ? 'Cancelling…' : 'Cancel session' }}
        </button>
      }
    </mat-dialog-actions>
  `,
  styles: `
    .reason {
      width: 100%;
      margin-top: 8px;
    }
    .warning {
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .db-form-error {
      margin: 8px 0 0;
    }
  `,
})
export class CancelBookingDialog {
  protected readonly data = inject<CancelBookingData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<CancelBookingDialog, BookingDetailsFragment>>(MatDialogRef);
  private readonly client = inject(GraphqlClient);
  private readonly reasonInput = viewChild<ElementRef<HTMLTextAreaElement>>('reasonInput');

  protected readonly maxLength = REASON_MAX_LENGTH;
  protected readonly when = formatSpan(this.data.booking.startsAt, this.data.booking.endsAt, this.data.zone);
  protected readonly reason = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/\S/)] });
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  /** The API's AFTER_CUTOFF message, if it refused although the portal's clock thought there was time. */
  private readonly refusal = signal<string | null>(null);

  protected readonly tooLate = computed(
    () =>
      this.refusal() !== null ||
      (this.data.cutoffHours !== null && insideCutoff(this.data.booking.startsAt, this.data.cutoffHours)),
  );
  protected readonly warning = computed(() => this.refusal() ?? cutoffWarning(this.data.cutoffHours ?? 0));

  protected onSubmit(event: Event): void {
    event.preventDefault();
    void this.submit();
  }

  async submit(): Promise<void> {
    if (this.submitting()) return;
    if (this.reason.invalid) {
      this.reason.markAsTouched();
      this.reasonInput()?.nativeElement.focus();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    try {
      const input = { bookingId: this.data.booking.id, reason: this.reason.value.trim() };
      const { cancelBooking } = await this.client.mutate(CancelBookingDocument, { input });
      this.ref.close(cancelBooking);
    } catch (error) {
      const failure = schedulingFailure(error);
      if (failure.reason === 'AFTER_CUTOFF') this.refusal.set(failure.message);
      else this.error.set(failure.message);
    } finally {
      this.submitting.set(false);
    }
  }
}
