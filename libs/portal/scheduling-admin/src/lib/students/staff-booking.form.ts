import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { apiResource, errorMessage, formatShortMoment, GraphqlClient, StaffAvailableSlotsDocument, StaffAvailableSlotsQuery, StaffBookingFragment, StaffBookingOptionsDocument, StaffBookSessionDocument, toApiError } from '@debrief/portal/core';
import { PageStateComponent } from '@debrief/portal/ui';

type Slot = StaffAvailableSlotsQuery['availableSlots'][number];

/** How many free times to offer at once, and how far ahead to look (the API searches at most 42 days). */
export const SLOTS_SHOWN = 8;
const SEARCH_DAYS_MAX = 42;
const DAY = 86_400_000;

/**
 * Staff book on a student's behalf: pick a session type and a coach (or any coach who offers
 * it), see the next free times as that student (their sessions count), pick one and book it.
 */
@Component({
  selector: 'db-staff-booking-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatRadioModule, MatSelectModule, PageStateComponent],
  templateUrl: './staff-booking.form.html',
  styleUrl: './staff-booking.form.scss',
})
export class StaffBookingForm {
  private readonly api = inject(GraphqlClient);
  private readonly snackBar = inject(MatSnackBar);

  readonly studentId = input.required<string>();
  readonly studentName = input.required<string>();
  /** The viewer's time zone, for showing the times. */
  readonly timeZone = input.required<string>();
  readonly booked = output<StaffBookingFragment>();

  protected readonly options = apiResource({
    loader: async () => this.api.query(StaffBookingOptionsDocument),
  });
  protected readonly optionsError = computed(() => errorMessage(this.options.error()));

  protected readonly form = inject(NonNullableFormBuilder).group({
    sessionTypeId: ['', Validators.required],
    coachId: new FormControl<string | null>(null),
  });
  protected readonly slotControl = new FormControl<string | null>(null, Validators.required);
  /** Its own form, so Enter and the Book button submit through Angular rather than the browser. */
  protected readonly slotForm = new FormGroup({ start: this.slotControl });
  private readonly typeId = toSignal(this.form.controls.sessionTypeId.valueChanges, { initialValue: '' });

  protected readonly types = computed(() => (this.options.hasValue() ? this.options.value().sessionTypes : []));
  private readonly coachNames = computed(
    () => new Map((this.options.hasValue() ? this.options.value().coaches : []).map((coach) => [coach.id, coach.name])),
  );
  /** The coaches offering the chosen type. */
  protected readonly coaches = computed(() => {
    const type = this.types().find((t) => t.id === this.typeId());
    return (type?.coachIds ?? []).map((id) => ({ id, name: this.coachNames().get(id) ?? 'Unlisted coach' }));
  });

  protected readonly searching = signal(false);
  protected readonly booking = signal(false);
  protected readonly slots = signal<readonly Slot[] | null>(null);
  protected readonly error = signal<string | null>(null);

  constructor() {
    // A different type or coach means different free times: forget the ones shown.
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.clearSlots());
    this.form.controls.sessionTypeId.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.coachId.setValue(null, { emitEvent: false }));
  }

  protected slotLabel(slot: Slot): string {
    const when = formatShortMoment(slot.start, this.timeZone());
    const names = slot.coachIds.map((id) => this.coachNames().get(id) ?? 'a coach');
    return `${when} · ${names.length === 1 ? names[0] : `${names.length} coaches free`}`;
  }

  /** The next free times for the chosen type and coach, searched as the student. */
  async findSlots(): Promise<void> {
    if (this.searching()) return;
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { sessionTypeId, coachId } = this.form.getRawValue();
    const type = this.types().find((t) => t.id === sessionTypeId);
    const days = Math.min(type?.horizonDays ?? SEARCH_DAYS_MAX, SEARCH_DAYS_MAX);
    const from = new Date();
    this.searching.set(true);
    try {
      const { availableSlots } = await this.api.query(StaffAvailableSlotsDocument, {
        input: {
          sessionTypeId,
          coachId,
          from: from.toISOString(),
          to: new Date(from.getTime() + days * DAY).toISOString(),
          studentId: this.studentId(),
        },
      });
      this.slots.set(availableSlots.slice(0, SLOTS_SHOWN));
      this.slotControl.reset(null);
    } catch (error) {
      this.error.set(toApiError(error).message);
    } finally {
      this.searching.set(false);
    }
  }

  /** Books the chosen time for the student. */
  async book(): Promise<void> {
    if (this.booking()) return;
    this.error.set(null);
    const start = this.slotControl.value;
    if (!start || this.form.invalid) {
      this.slotControl.markAsTouched();
      return;
    }
    const { sessionTypeId, coachId } = this.form.getRawValue();
    this.booking.set(true);
    try {
      const { bookSession } = await this.api.mutate(StaffBookSessionDocument, {
        input: { sessionTypeId, coachId, start, studentId: this.studentId() },
      });
      this.snackBar.open(
        `Booked ${bookSession.sessionTypeName} for ${this.studentName()} with ${bookSession.coach.name}, ${formatShortMoment(bookSession.startsAt, this.timeZone())}.`,
        undefined,
        { duration: 6000 },
      );
      this.clearSlots();
      this.booked.emit(bookSession);
    } catch (error) {
      this.error.set(toApiError(error).message);
    } finally {
      this.booking.set(false);
    }
  }

  private clearSlots(): void {
    this.slots.set(null);
    this.slotControl.reset(null);
  }
}
