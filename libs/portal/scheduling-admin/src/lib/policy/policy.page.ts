import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { apiResource, errorMessage, GraphqlClient, StaffBookingPolicyDocument, StaffBookingPolicyFragment, StaffUpdateBookingPolicyDocument, toApiError } from '@debrief/portal/core';
import { focusFirstInvalid, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { fieldMessage } from '../shared/format';
import { integerValidator, numberMessage } from '../shared/validators';
import { policyExplanation } from './policy-explanation';

type Field = keyof StaffBookingPolicyFragment;
const UNITS: Record<Field, string> = { maxActiveBookings: 'session', noShowLimit: 'no-show', noShowWindowDays: 'day' };

/** The center's booking policy: how many sessions a student may hold, and when no-shows pause booking. */
@Component({
  selector: 'db-policy-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, PageHeaderComponent, PageStateComponent],
  templateUrl: './policy.page.html',
  styleUrl: './policy.page.scss',
})
export class PolicyPage {
  private readonly api = inject(GraphqlClient);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly policy = apiResource({
    loader: async () => (await this.api.query(StaffBookingPolicyDocument)).bookingPolicy,
  });
  protected readonly loadError = computed(() => errorMessage(this.policy.error()));
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly form = this.fb.group({
    maxActiveBookings: this.count(50),
    noShowLimit: this.count(20),
    noShowWindowDays: this.count(730),
  });
  private readonly values = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly explanation = computed(() => policyExplanation(this.values()));

  constructor() {
    effect(() => {
      if (!this.policy.hasValue()) return;
      const policy = this.policy.value();
      untracked(() => this.form.reset({ ...policy }));
    });
  }

  protected reload(): void {
    this.policy.reload();
  }

  protected message(field: Field): string | null {
    const control = this.form.controls[field];
    if (!control.touched || !control.errors) return null;
    if (control.errors['server']) return String(control.errors['server']);
    return numberMessage(control.errors, UNITS[field]);
  }

  async save(): Promise<void> {
    if (this.saving()) return;
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const { maxActiveBookings, noShowLimit, noShowWindowDays } = this.form.getRawValue();
    this.saving.set(true);
    try {
      const { updateBookingPolicy } = await this.api.mutate(StaffUpdateBookingPolicyDocument, {
        input: { maxActiveBookings: Number(maxActiveBookings), noShowLimit: Number(noShowLimit), noShowWindowDays: Number(noShowWindowDays) },
      });
      this.form.reset({ ...updateBookingPolicy });
      this.snackBar.open('Booking policy saved.', undefined, { duration: 4000 });
    } catch (error) {
      this.fail(toApiError(error));
    } finally {
      this.saving.set(false);
    }
  }

  private fail(error: { message: string; field?: string }): void {
    const field = (Object.keys(UNITS) as Field[]).find((name) => name === error.field);
    if (!field) {
      this.error.set(error.message);
      return;
    }
    const control = this.form.controls[field];
    control.setErrors({ ...control.errors, server: fieldMessage(error.message, field) });
    control.markAsTouched();
    this.host.nativeElement.querySelector<HTMLElement>(`[formcontrolname="${field}"]`)?.focus();
  }

  private count(max: number) {
    return this.fb.control<number | null>(null, [Validators.required, integerValidator, Validators.min(1), Validators.max(max)]);
  }
}
