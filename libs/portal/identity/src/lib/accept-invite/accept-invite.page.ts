import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { AuthStore, toApiError } from '@debrief/portal/core';
import { focusFirstInvalid, PageHeaderComponent } from '@debrief/portal/ui';
import { ErrorCode, LIMITS } from '@debrief/shared/domain';
import { matches } from '../forms/matches.validator';

const INVALID_LINK = 'This invitation link is invalid, already used or expired. Ask the career center to send a new one.';

@Component({
  selector: 'db-accept-invite-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, PageHeaderComponent],
  templateUrl: './accept-invite.page.html',
})
export class AcceptInvitePage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** From the invitation email's link: /accept-invite?token=… */
  readonly token = input<string>();

  protected readonly limits = LIMITS;
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(LIMITS.nameMax)]],
    password: [
      '',
      [Validators.required, Validators.minLength(LIMITS.passwordMin), Validators.maxLength(LIMITS.passwordMax)],
    ],
    confirm: ['', [Validators.required, matches('password')]],
  });

  constructor() {
    this.form.controls.password.valueChanges
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => this.form.controls.confirm.updateValueAndValidity({ emitEvent: false }));
  }

  async submit(): Promise<void> {
    const token = this.token();
    if (this.submitting() || !token) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    const { name, password } = this.form.getRawValue();
    try {
      await this.auth.acceptInvitation(token, name.trim(), password);
      await this.router.navigateByUrl('/');
    } catch (error) {
      const apiError = toApiError(error);
      const userFacing = apiError.code === ErrorCode.BadUserInput || apiError.code === ErrorCode.TooManyRequests;
      this.error.set(userFacing || apiError.code === ErrorCode.InternalServerError ? apiError.message : INVALID_LINK);
    } finally {
      this.submitting.set(false);
    }
  }
}
