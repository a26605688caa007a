import { ChangeDetectionStrategy, Component, ElementRef, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { ApiError, AuthStore, toApiError } from '@debrief/portal/core';
import { focusFirstInvalid, PageHeaderComponent } from '@debrief/portal/ui';
import { ErrorCode, LIMITS } from '@debrief/shared/domain';
import { safeReturnUrl } from '../return-url';

const WRONG_CREDENTIALS = 'That email and password don’t match an account. Check them and try again.';

@Component({
  selector: 'db-sign-in-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, PageHeaderComponent],
  templateUrl: './sign-in.page.html',
})
export class SignInPage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** From the query string: where the user was headed before being asked to sign in. */
  readonly returnUrl = input<string>();

  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(LIMITS.emailMax)]],
    password: ['', [Validators.required, Validators.maxLength(LIMITS.passwordMax)]],
  });

  async submit(): Promise<void> {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    const { email, password } = this.form.getRawValue();
    try {
      await this.auth.signIn(email.trim(), password);
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (error) {
      this.error.set(messageFor(toApiError(error)));
    } finally {
      this.submitting.set(false);
    }
  }
}

function messageFor(error: ApiError): string {
  switch (error.code) {
    case ErrorCode.Unauthenticated:
    case ErrorCode.Forbidden:
    case ErrorCode.NotFound:
      return WRONG_CREDENTIALS;
    default:
      return error.message;
  }
}
