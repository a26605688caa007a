import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { CoachProfileFormComponent } from '@debrief/portal/coaches';
import { apiResource, AuthStore, CoachDocument, errorMessage, GraphqlClient, ROLE_LABELS, toApiError, UpdateMyProfileDocument } from '@debrief/portal/core';
import { focusFirstInvalid, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { LIMITS, Role } from '@debrief/shared/domain';
import { TimeZoneFieldComponent } from '../forms/time-zone-field.component';
import { timeZoneValidator } from '../forms/time-zone.validator';

@Component({
  selector: 'db-profile-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    CoachProfileFormComponent,
    PageHeaderComponent,
    PageStateComponent,
    TimeZoneFieldComponent,
  ],
  templateUrl: './profile.page.html',
  styleUrl: './profile.page.scss',
})
export class ProfilePage {
  private readonly api = inject(GraphqlClient);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly auth = inject(AuthStore);

  protected readonly limits = LIMITS;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly coachRole = Role.Coach;
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(LIMITS.nameMax)]],
    pronouns: ['', [Validators.maxLength(LIMITS.pronounsMax)]],
    timeZone: ['', [Validators.required, timeZoneValidator]],
  });

  /** A coach's own directory entry (a coach's id is their user id); idle for everyone else. */
  protected readonly coachProfile = apiResource({
    params: () => {
      const user = this.auth.user();
      return user?.role === Role.Coach ? { id: user.id } : undefined;
    },
    loader: async ({ params }) => (await this.api.query(CoachDocument, params)).coach,
  });
  protected readonly coachProfileError = computed(() => errorMessage(this.coachProfile.error()));

  constructor() {
    const user = this.auth.user();
    if (user) this.form.reset({ name: user.name, pronouns: user.pronouns ?? '', timeZone: user.timeZone });
  }

  async save(): Promise<void> {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    const { name, pronouns, timeZone } = this.form.getRawValue();
    try {
      const { updateMyProfile } = await this.api.mutate(UpdateMyProfileDocument, {
        input: { name: name.trim(), pronouns: pronouns.trim(), timeZone },
      });
      this.auth.setUser(updateMyProfile);
      this.form.markAsPristine();
      this.snackBar.open('Profile saved.', undefined, { duration: 4000 });
    } catch (error) {
      this.error.set(toApiError(error).message);
    } finally {
      this.saving.set(false);
    }
  }
}
