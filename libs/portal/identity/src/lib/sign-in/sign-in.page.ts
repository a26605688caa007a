import { ChangeDetectionStrategy, Component, ElementRef, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { ApiError, AuthStore, GraphqlClient, SignInOptionsDocument, SignInOptionsQuery, toApiError } from '@debrief/portal/core';
import { focusFirstInvalid, PageHeaderComponent } from '@debrief/portal/ui';
import { ErrorCode, LIMITS } from '@debrief/shared/domain';
import { safeReturnUrl } from '../return-url';

/** Why the campus sign-in sent the person back (the callback's ?sso= reason), in words. */
const SSO_REFUSALS: Record<string, string> = {
  STATE: 'That sign-in link has expired or was already used. Start again below.',
  PROVIDER: 'Your campus sign-in could not be verified. Start again below.',
  DENIED: 'The campus sign-in was cancelled.',
  EMAIL_UNVERIFIED: 'Your campus account has no verified email address, so it cannot be used here.',
  DOMAIN: 'Accounts from that email domain cannot sign in to this career center.',
  NO_ROLE: 'Your campus account has no role at this career center. Ask the career center for access.',
  DISABLED: 'Your Debrief account is disabled. Ask the career center.',
  LINKED_ELSEWHERE: 'Your Debrief account is linked to a different campus account.',
};

type SignInOptions = SignInOptionsQuery['signInOptions'];

const WRONG_CREDENTIALS = 'That email and password don’t match an account. Check them and try again.';

@Component({
  selector: 'db-sign-in-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, PageHeaderComponent],
  templateUrl: './sign-in.page.html',
  styleUrl: './sign-in.page.scss',
})
export class SignInPage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** From the query string: where the user was headed before being asked to sign in. */
  readonly returnUrl = input<string>();
  /** From the query string: why a single sign-on came back refused. */
  readonly sso = input<string>();

  protected readonly options = signal<SignInOptions>({ emailSignIn: true, providers: [] });

  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(LIMITS.emailMax)]],
    password: ['', [Validators.required, Validators.maxLength(LIMITS.passwordMax)]],
  });

  constructor() {
    inject(GraphqlClient)
      .query(SignInOptionsDocument, {})
      .then((data) => this.options.set(data.signInOptions))
      // Without the options the password form still works; single sign-on buttons just do not show.
      .catch(() => undefined);
  }

  protected ssoMessage(): string | null {
    const reason = this.sso();
    return reason ? (SSO_REFUSALS[reason] ?? 'Your campus sign-in did not work. Start again below.') : null;
  }

  /** A full-page navigation to the API, which sends the browser on to the provider. */
  protected loginHref(loginUrl: string): string {
    const target = safeReturnUrl(this.returnUrl());
    return target === '/' ? loginUrl : `${loginUrl}?returnTo=${encodeURIComponent(target)}`;
  }

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
  if (error.extensions['reason'] === 'PASSWORD_SIGN_IN_OFF') return error.serverMessage ?? 'Password sign-in is turned off here. Use your campus account.';
  switch (error.code) {
    case ErrorCode.Unauthenticated:
    case ErrorCode.Forbidden:
    case ErrorCode.NotFound:
      return WRONG_CREDENTIALS;
    default:
      return error.message;
  }
}
