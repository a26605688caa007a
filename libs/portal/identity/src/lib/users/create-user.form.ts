import { ChangeDetectionStrategy, Component, ElementRef, inject, output, signal, viewChild } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { CreateUserDocument, GraphqlClient, placeApiError, resetAfterSave, ROLE_OPTIONS, UserRowFragment } from '@debrief/portal/core';
import { focusFirstInvalid } from '@debrief/portal/ui';
import { LIMITS, Role } from '@debrief/shared/domain';
import { browserTimeZone } from '../forms/browser-time-zone';
import { TimeZoneFieldComponent } from '../forms/time-zone-field.component';
import { timeZoneValidator } from '../forms/time-zone.validator';

/** Admins create an account directly, with an initial password to hand over. */
@Component({
  selector: 'db-create-user-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TimeZoneFieldComponent,
  ],
  templateUrl: './create-user.form.html',
})
export class CreateUserForm {
  private readonly api = inject(GraphqlClient);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly created = output<UserRowFragment>();

  protected readonly limits = LIMITS;
  protected readonly roles = ROLE_OPTIONS;
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly formDirective = viewChild(FormGroupDirective);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(LIMITS.nameMax)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(LIMITS.emailMax)]],
    role: [Role.Student, Validators.required],
    timeZone: [browserTimeZone(), [Validators.required, timeZoneValidator]],
    password: [
      '',
      [Validators.required, Validators.minLength(LIMITS.passwordMin), Validators.maxLength(LIMITS.passwordMax)],
    ],
  });

  async submit(): Promise<void> {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    const value = this.form.getRawValue();
    try {
      const { createUser } = await this.api.mutate(CreateUserDocument, {
        input: { ...value, name: value.name.trim(), email: value.email.trim() },
      });
      resetAfterSave(this.form, this.formDirective(), { role: Role.Student, timeZone: browserTimeZone() });
      this.snackBar.open(`Created ${createUser.name}.`, undefined, { duration: 4000 });
      this.created.emit(createUser);
    } catch (error) {
      this.error.set(placeApiError(this.form, error, { host: this.host.nativeElement }));
    } finally {
      this.saving.set(false);
    }
  }
}
