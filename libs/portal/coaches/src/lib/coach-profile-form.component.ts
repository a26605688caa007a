import { ChangeDetectionStrategy, Component, effect, ElementRef, inject, input, output, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { CoachCardFragment, GraphqlClient, toApiError, UpdateCoachProfileDocument } from '@debrief/portal/core';
import { COACH_PROFILE_LIMITS, LIMITS, Specialty, SPECIALTY_LABELS } from '@debrief/shared/domain';
import { coachProfileChanges } from './coach-profile-changes';
import { distinctValidator } from './distinct.validator';

/** What the form edits, plus the id it saves to. */
export type CoachProfileValues = Pick<CoachCardFragment, 'id' | 'headline' | 'bio' | 'specialties'>;

type Field = 'headline' | 'bio' | 'specialties';
const FIELDS: readonly Field[] = ['headline', 'bio', 'specialties'];
let nextId = 0;

/**
 * A coach's directory entry (headline, bio, specialties), saved with updateCoachProfile sending
 * only the fields that changed. Used by coaches on their profile page and by staff on a coach's
 * page. Emits the saved entry; API errors land on the field they name, or above the form.
 */
@Component({
  selector: 'db-coach-profile-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule],
  templateUrl: './coach-profile-form.component.html',
  styleUrl: './coach-profile-form.component.scss',
})
export class CoachProfileFormComponent {
  private readonly api = inject(GraphqlClient);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly coach = input.required<CoachProfileValues>();
  /** Offers a Cancel button, for editing in place. */
  readonly cancellable = input(false);
  readonly saved = output<CoachCardFragment>();
  readonly cancelled = output<void>();

  protected readonly limits = { ...COACH_PROFILE_LIMITS, bioMax: LIMITS.bioMax };
  protected readonly options = Object.values(Specialty).map((value) => ({ value, label: SPECIALTY_LABELS[value] }));
  protected readonly ids = idsFor(`db-coach-profile-${nextId++}`);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    headline: ['', Validators.maxLength(COACH_PROFILE_LIMITS.headlineMax)],
    bio: ['', Validators.maxLength(LIMITS.bioMax)],
    specialties: [[] as Specialty[], [Validators.maxLength(COACH_PROFILE_LIMITS.specialtiesMax), distinctValidator]],
  });
  protected readonly headline = this.textOf('headline');
  protected readonly bio = this.textOf('bio');
  protected readonly selected = toSignal(this.form.controls.specialties.valueChanges, { initialValue: [] as Specialty[] });

  /** The values last loaded or saved: what "changed" is measured against. */
  private baseline: CoachProfileValues | null = null;

  constructor() {
    effect(() => {
      const coach = this.coach();
      untracked(() => this.load(coach));
    });
  }

  protected toggle(specialty: Specialty, checked: boolean): void {
    const control = this.form.controls.specialties;
    const rest = control.value.filter((value) => value !== specialty);
    control.setValue(checked ? [...rest, specialty] : rest);
    control.markAsDirty();
    control.markAsTouched();
  }

  /** The message for a field, once the user has touched it or tried to submit. */
  protected message(field: Field): string | null {
    const control = this.form.controls[field];
    if (!control.touched || !control.errors) return null;
    const errors = control.errors;
    if (errors['server']) return String(errors['server']);
    if (errors['maxlength']) {
      const { requiredLength, actualLength } = errors['maxlength'];
      return field === 'specialties'
        ? `Choose at most ${requiredLength} specialties.`
        : `Use at most ${requiredLength} characters (now ${actualLength}).`;
    }
    return errors['distinct'] ? 'Choose each specialty only once.' : null;
  }

  async save(): Promise<void> {
    if (this.saving() || !this.baseline) return;
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focus(FIELDS.find((field) => this.form.controls[field].invalid));
      return;
    }
    const changes = coachProfileChanges(this.baseline, this.form.getRawValue());
    if (Object.keys(changes).length === 0) {
      this.snackBar.open('No changes to save.', undefined, { duration: 4000 });
      return;
    }
    this.saving.set(true);
    try {
      const { updateCoachProfile } = await this.api.mutate(UpdateCoachProfileDocument, {
        input: { coachId: this.baseline.id, ...changes },
      });
      this.load(updateCoachProfile);
      this.snackBar.open('Directory profile saved.', undefined, { duration: 4000 });
      this.saved.emit(updateCoachProfile);
    } catch (error) {
      this.fail(toApiError(error));
    } finally {
      this.saving.set(false);
    }
  }

  private load(coach: CoachProfileValues): void {
    this.baseline = coach;
    this.form.reset({ headline: coach.headline, bio: coach.bio, specialties: [...coach.specialties] });
  }

  /** Puts the API's message on the field it names (e.g. "specialties.0"), or above the form. */
  private fail(error: { message: string; field?: string }): void {
    const field = FIELDS.find((name) => name === error.field?.split('.')[0]);
    if (!field) {
      this.error.set(error.message);
      return;
    }
    const control = this.form.controls[field];
    control.setErrors({ ...control.errors, server: error.message });
    control.markAsTouched();
    this.focus(field);
  }

  private focus(field: Field | undefined): void {
    if (!field) return;
    const selector = field === 'specialties' ? `#${this.ids.specialties} input[type="checkbox"]` : `#${this.ids[field]}`;
    this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus();
  }

  /** A text field's value as a signal, for its character counter. */
  private textOf(field: 'headline' | 'bio') {
    const control = this.form.controls[field];
    return toSignal(control.valueChanges, { initialValue: control.value });
  }
}

function idsFor(prefix: string) {
  return {
    headline: `${prefix}-headline`,
    bio: `${prefix}-bio`,
    specialties: `${prefix}-specialties`,
    specialtiesHint: `${prefix}-specialties-hint`,
    specialtiesError: `${prefix}-specialties-error`,
  };
}
