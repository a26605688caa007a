import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, input, output, signal, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  GraphqlClient,
  LocationKind,
  StaffCoachOptionFragment,
  StaffCreateSessionTypeDocument,
  StaffSessionTypeFragment,
  StaffUpdateSessionTypeDocument,
  toApiError,
} from '@debrief/portal/core';
import { focusFirstInvalid } from '@debrief/portal/ui';
import { Specialty, SPECIALTY_LABELS } from '@debrief/shared/domain';
import { fieldMessage } from '../shared/format';
import { integerValidator, notBlankValidator, numberMessage } from '../shared/validators';
import { draftOf, hasChanges, NEW_SESSION_TYPE, SessionTypeDraft, toCreateInput, toUpdateInput } from './session-type-input';

type Field = keyof SessionTypeDraft;

/** The API's field names where they differ from the form's (notice is edited in hours). */
const API_FIELDS: Partial<Record<string, Field>> = { minNoticeMinutes: 'minNoticeHours' };

/** Units for number fields' messages. */
const UNITS: Partial<Record<Field, string>> = {
  durationMinutes: 'minute',
  interviewMinutes: 'minute',
  bufferBeforeMinutes: 'minute',
  bufferAfterMinutes: 'minute',
  minNoticeHours: 'hour',
  horizonDays: 'day',
  cancelCutoffHours: 'hour',
  maxActivePerStudent: 'session',
};

let nextId = 0;

/**
 * Creates a session type, or edits one sending only the changed fields. API errors land on the
 * field they name, or above the form. Emits the saved type.
 */
@Component({
  selector: 'db-session-type-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, MatSelectModule],
  templateUrl: './session-type-form.component.html',
  styleUrl: './session-type-form.component.scss',
})
export class SessionTypeFormComponent {
  private readonly api = inject(GraphqlClient);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The type to edit, or null to create one. */
  readonly sessionType = input<StaffSessionTypeFragment | null>(null);
  /** The directory's coaches, to choose who offers the type. */
  readonly coaches = input<readonly StaffCoachOptionFragment[]>([]);
  readonly saved = output<StaffSessionTypeFragment>();
  readonly cancelled = output<void>();

  protected readonly prefix = `db-session-type-${nextId++}`;
  protected readonly categories = Object.values(Specialty).map((value) => ({ value, label: SPECIALTY_LABELS[value] }));
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly form = this.fb.group({
    name: ['', [Validators.required, notBlankValidator, Validators.maxLength(120)]],
    category: this.fb.control<Specialty | null>(null, Validators.required),
    description: ['', Validators.maxLength(2000)],
    preparation: ['', Validators.maxLength(2000)],
    durationMinutes: this.number(15, 240, true),
    interviewMinutes: this.fb.control<number | null>(null, [integerValidator, Validators.min(5), Validators.max(240), interviewFits]),
    bufferBeforeMinutes: this.number(0, 120, true),
    bufferAfterMinutes: this.number(0, 120, true),
    minNoticeHours: this.number(0, 336, false),
    horizonDays: this.number(1, 365, true),
    cancelCutoffHours: this.number(0, 336, true),
    maxActivePerStudent: this.fb.control<number | null>(null, [integerValidator, Validators.min(1), Validators.max(50)]),
    locationKind: this.fb.control<LocationKind>('VIDEO'),
    room: ['', [Validators.maxLength(200), roomWhenInPerson]],
    coachIds: this.fb.control<string[]>([]),
  });
  protected readonly location = toSignal(this.form.controls.locationKind.valueChanges, { initialValue: 'VIDEO' as LocationKind });
  private readonly duration = toSignal(this.form.controls.durationMinutes.valueChanges, { initialValue: null });
  private readonly interview = toSignal(this.form.controls.interviewMinutes.valueChanges, { initialValue: null });
  /** "40 min interview, 20 min feedback", while the numbers make sense. */
  protected readonly split = computed(() => {
    const duration = this.duration();
    const interview = this.interview();
    if (!duration || !interview || interview > duration) return null;
    return `${interview} min interview, ${duration - interview} min feedback`;
  });

  constructor() {
    // Cross-field rules re-check when the field they depend on changes.
    this.form.controls.durationMinutes.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.interviewMinutes.updateValueAndValidity({ emitEvent: false }));
    this.form.controls.locationKind.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.room.updateValueAndValidity({ emitEvent: false }));
    effect(() => {
      const type = this.sessionType();
      untracked(() => this.load(type ? draftOf(type) : NEW_SESSION_TYPE));
    });
  }

  protected id(field: Field): string {
    return `${this.prefix}-${field}`;
  }

  /** The message for a field, once the user has touched it or tried to submit. */
  protected message(field: Field): string | null {
    const control = this.form.controls[field];
    if (!control.touched || !control.errors) return null;
    const errors = control.errors;
    if (errors['server']) return String(errors['server']);
    if (errors['interviewTooLong']) return `The interview part cannot be longer than the whole session (${errors['interviewTooLong'].duration} minutes).`;
    if (errors['roomRequired']) return 'Enter the room for in-person sessions.';
    if (errors['maxlength']) return `Use at most ${errors['maxlength'].requiredLength} characters.`;
    if (field === 'name' && errors['required']) return 'Enter a name.';
    if (field === 'category' && errors['required']) return 'Choose a category.';
    const unit = UNITS[field];
    return unit ? numberMessage(errors, unit) : null;
  }

  async save(): Promise<void> {
    if (this.saving()) return;
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const draft = this.form.getRawValue();
    const current = this.sessionType();
    const update = current ? toUpdateInput(current, draft) : null;
    if (update && !hasChanges(update)) {
      this.snackBar.open('No changes to save.', undefined, { duration: 4000 });
      return;
    }
    this.saving.set(true);
    try {
      const saved = update
        ? (await this.api.mutate(StaffUpdateSessionTypeDocument, { input: update })).updateSessionType
        : (await this.api.mutate(StaffCreateSessionTypeDocument, { input: toCreateInput(draft) })).createSessionType;
      this.snackBar.open(`${update ? 'Saved' : 'Created'} ${saved.name}.`, undefined, { duration: 4000 });
      this.saved.emit(saved);
    } catch (error) {
      this.fail(toApiError(error));
    } finally {
      this.saving.set(false);
    }
  }

  private load(draft: SessionTypeDraft): void {
    this.form.reset(draft);
  }

  /** Puts the API's message on the field it names (e.g. "coachIds.0"), or above the form. */
  private fail(error: { message: string; field?: string }): void {
    const apiField = error.field?.split('.')[0] ?? '';
    const field = API_FIELDS[apiField] ?? (apiField in this.form.controls ? (apiField as Field) : undefined);
    if (!field) {
      this.error.set(error.message);
      return;
    }
    const control: AbstractControl = this.form.controls[field];
    control.setErrors({ ...control.errors, server: fieldMessage(error.message, apiField) });
    control.markAsTouched();
    this.host.nativeElement.querySelector<HTMLElement>(`#${this.id(field)}`)?.focus();
  }

  private number(min: number, max: number, integer: boolean) {
    const validators = [Validators.required, Validators.min(min), Validators.max(max)];
    return this.fb.control<number | null>(null, integer ? [...validators, integerValidator] : validators);
  }
}

/** The interview part fits in the session. */
function interviewFits(control: AbstractControl): ValidationErrors | null {
  const duration = control.parent?.get('durationMinutes')?.value;
  const interview = control.value;
  if (interview == null || interview === '' || duration == null || duration === '') return null;
  return Number(interview) > Number(duration) ? { interviewTooLong: { duration: Number(duration) } } : null;
}

/** In-person types say where. */
function roomWhenInPerson(control: AbstractControl): ValidationErrors | null {
  const kind = control.parent?.get('locationKind')?.value;
  return kind === 'ROOM' && !String(control.value ?? '').trim() ? { roomRequired: true } : null;
}
