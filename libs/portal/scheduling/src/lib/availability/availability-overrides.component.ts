import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { AddAvailabilityOverrideDocument, AvailabilityDetailsFragment, formatCivilDate, GraphqlClient, OverrideKind, RemoveAvailabilityOverrideDocument, resetAfterSave } from '@debrief/portal/core';
import { focusFirstInvalid } from '@debrief/portal/ui';
import { injectFocusAfterRender } from '../shared/focus-after-render';
import { schedulingFailure } from '../shared/scheduling-error';
import { dateIn } from '../shared/week';
import { minutesToTime, timeToMinutes } from './hours';

/** Exceptions to the weekly hours on particular dates: a day off, or extra hours. */
@Component({
  selector: 'db-availability-overrides',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule],
  templateUrl: './availability-overrides.component.html',
  styleUrl: './availability-overrides.component.scss',
})
export class AvailabilityOverridesComponent {
  private readonly client = inject(GraphqlClient);
  private readonly focus = injectFocusAfterRender();

  readonly availability = input.required<AvailabilityDetailsFragment>();
  readonly changed = output<AvailabilityDetailsFragment>();

  /** Today in the coach's zone: earlier dates are not offered or listed. */
  protected readonly today = computed(() => dateIn(Date.now(), this.availability().timeZone));
  protected readonly upcoming = computed(() =>
    this.availability()
      .overrides.filter((o) => o.date >= this.today())
      .map((o) => ({
        id: o.id,
        date: formatCivilDate(o.date),
        what:
          o.kind === 'DAY_OFF'
            ? 'Day off'
            : `Extra hours ${minutesToTime(o.startMinute ?? 0)}–${minutesToTime(o.endMinute ?? 0)}`,
      })),
  );

  private readonly formDirective = viewChild(FormGroupDirective);
  protected readonly form = new FormGroup({
    date: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    kind: new FormControl<OverrideKind>('DAY_OFF', { nonNullable: true }),
    start: new FormControl('17:00', { nonNullable: true }),
    end: new FormControl('19:00', { nonNullable: true }),
  });
  protected readonly error = signal<string | null>(null);
  protected readonly status = signal('');
  protected readonly busy = signal(false);
  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, { initialValue: this.form.controls.kind.value });

  protected submitted(host: HTMLElement): void {
    void this.add(host);
  }

  async add(host?: HTMLElement): Promise<void> {
    if (this.busy()) return;
    this.error.set(null);
    this.status.set('');
    const { date, kind, start, end } = this.form.getRawValue();
    const startMinute = kind === 'EXTRA' ? timeToMinutes(start) : null;
    const endMinute = kind === 'EXTRA' ? timeToMinutes(end, true) : null;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      if (host) focusFirstInvalid(host);
      return;
    }
    if (kind === 'EXTRA' && (startMinute === null || endMinute === null)) {
      this.error.set('Enter a start and an end time.');
      return;
    }
    this.busy.set(true);
    try {
      const input = { date, kind, startMinute, endMinute };
      const { addAvailabilityOverride } = await this.client.mutate(AddAvailabilityOverrideDocument, { input });
      this.status.set(`Added: ${kind === 'DAY_OFF' ? 'day off' : `extra hours ${start}–${end}`} on ${formatCivilDate(date)}.`);
      resetAfterSave(this.form, this.formDirective(), { ...this.form.getRawValue(), date: '' });
      this.changed.emit(addAvailabilityOverride);
    } catch (error) {
      this.error.set(schedulingFailure(error).message);
    } finally {
      this.busy.set(false);
    }
  }

  async remove(id: string, label: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const { removeAvailabilityOverride } = await this.client.mutate(RemoveAvailabilityOverrideDocument, { id });
      this.status.set(`Removed: ${label}.`);
      this.changed.emit(removeAvailabilityOverride);
      this.focus('#override-date');
    } catch (error) {
      this.error.set(schedulingFailure(error).message);
    } finally {
      this.busy.set(false);
    }
  }
}
