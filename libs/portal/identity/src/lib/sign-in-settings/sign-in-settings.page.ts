import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { apiResource, errorMessage, GraphqlClient, SignInSettingsDocument, toApiError, UpdateSignInSettingsDocument } from '@debrief/portal/core';
import { focusFirstInvalid, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { LIMITS } from '@debrief/shared/domain';

/** Staff: whether email-and-password sign-in stays on next to single sign-on, and who keeps it when off. */
@Component({
  selector: 'db-sign-in-settings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, PageHeaderComponent, PageStateComponent],
  templateUrl: './sign-in-settings.page.html',
})
export class SignInSettingsPage {
  private readonly api = inject(GraphqlClient);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly settings = apiResource({ loader: async () => (await this.api.query(SignInSettingsDocument, {})).signInSettings });
  protected readonly loadError = computed(() => errorMessage(this.settings.error()));
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    emailSignIn: true,
    breakGlassAdminEmail: ['', [Validators.email, Validators.maxLength(LIMITS.emailMax)]],
  });
  private readonly emailSignIn = toSignal(this.form.controls.emailSignIn.valueChanges, { initialValue: true });
  protected readonly needsBreakGlass = computed(() => !this.emailSignIn());

  constructor() {
    effect(() => {
      if (!this.settings.hasValue()) return;
      const value = this.settings.value();
      untracked(() => this.form.reset({ emailSignIn: value.emailSignIn, breakGlassAdminEmail: value.breakGlassAdminEmail ?? '' }));
    });
  }

  protected reload(): void {
    this.settings.reload();
  }

  protected breakGlassMessage(): string | null {
    const control = this.form.controls.breakGlassAdminEmail;
    if (!control.touched || !control.errors) return null;
    if (control.errors['server']) return String(control.errors['server']);
    if (control.errors['required']) return 'Name the administrator who may still sign in with a password.';
    return 'Enter an email address like name@university.edu.';
  }

  async save(): Promise<void> {
    if (this.saving()) return;
    this.error.set(null);
    const { emailSignIn, breakGlassAdminEmail } = this.form.getRawValue();
    const breakGlass = this.form.controls.breakGlassAdminEmail;
    if (!emailSignIn && !breakGlassAdminEmail.trim()) breakGlass.setErrors({ required: true });
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.saving.set(true);
    try {
      const { updateSignInSettings } = await this.api.mutate(UpdateSignInSettingsDocument, {
        input: { emailSignIn, breakGlassAdminEmail: breakGlassAdminEmail.trim() || null },
      });
      this.form.reset({ emailSignIn: updateSignInSettings.emailSignIn, breakGlassAdminEmail: updateSignInSettings.breakGlassAdminEmail ?? '' });
      this.snackBar.open('Sign-in settings saved.', undefined, { duration: 4000 });
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.field === 'breakGlassAdminEmail') {
        breakGlass.setErrors({ server: `Break-glass administrator ${apiError.message.replace(/\.$/, '')}.` });
        breakGlass.markAsTouched();
        this.host.nativeElement.querySelector<HTMLElement>('[formcontrolname="breakGlassAdminEmail"]')?.focus();
      } else {
        this.error.set(apiError.message);
      }
    } finally {
      this.saving.set(false);
    }
  }
}
