import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { AvailabilityDetailsFragment, GraphqlClient, SetWeeklyHoursDocument } from '@debrief/portal/core';
import { ErrorCode } from '@debrief/shared/domain';
import { injectFocusAfterRender } from '../shared/focus-after-render';
import { schedulingFailure } from '../shared/scheduling-error';
import { DayHours, nextRange, RangeOrigin, readRangeMessage, toDays, toWeeklyRanges } from './hours';

/**
 * A coach's week, a row per weekday with time ranges to add and remove, saved as a whole with
 * setWeeklyHours. The API checks the ranges; its messages appear next to the range they are about.
 */
@Component({
  selector: 'db-weekly-hours-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule],
  templateUrl: './weekly-hours-editor.component.html',
  styleUrl: './weekly-hours-editor.component.scss',
})
export class WeeklyHoursEditorComponent {
  private readonly client = inject(GraphqlClient);
  private readonly focus = injectFocusAfterRender();

  readonly availability = input.required<AvailabilityDetailsFragment>();
  readonly saved = output<AvailabilityDetailsFragment>();

  protected readonly days = signal<DayHours[]>([]);
  /** Messages by range key. */
  protected readonly errors = signal<ReadonlyMap<number, string>>(new Map());
  protected readonly formError = signal<string | null>(null);
  protected readonly status = signal('');
  protected readonly saving = signal(false);

  constructor() {
    // Only when the saved week itself changes (not when an override was added): keep unsaved edits.
    let shown = '';
    effect(() => {
      const weekly = this.availability().weekly;
      const key = JSON.stringify(weekly.map((r) => [r.weekday, r.startMinute, r.endMinute]));
      if (key === shown) return;
      shown = key;
      untracked(() => this.days.set(toDays(weekly)));
    });
  }

  protected setTime(weekday: number, key: number, which: 'start' | 'end', event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.days.update((days) =>
      days.map((day) =>
        day.weekday !== weekday ? day : { ...day, ranges: day.ranges.map((r) => (r.key === key ? { ...r, [which]: value } : r)) },
      ),
    );
    this.status.set('');
  }

  protected add(weekday: number): void {
    const day = this.days().find((d) => d.weekday === weekday);
    if (!day) return;
    const range = nextRange(day);
    this.days.update((days) => days.map((d) => (d.weekday === weekday ? { ...d, ranges: [...d.ranges, range] } : d)));
    this.status.set('');
    this.focus(`#range-${range.key}-start`);
  }

  protected remove(weekday: number, key: number): void {
    this.days.update((days) =>
      days.map((d) => (d.weekday === weekday ? { ...d, ranges: d.ranges.filter((r) => r.key !== key) } : d)),
    );
    this.errors.update((errors) => new Map([...errors].filter(([k]) => k !== key)));
    this.status.set('');
    this.focus(`#add-${weekday}`);
  }

  protected onSubmit(event: Event): void {
    event.preventDefault();
    void this.save();
  }

  async save(): Promise<void> {
    if (this.saving()) return;
    this.formError.set(null);
    this.status.set('');
    const { ranges, origins, problems } = toWeeklyRanges(this.days());
    this.errors.set(problems);
    if (problems.size > 0) return this.focusFirstError();
    this.saving.set(true);
    try {
      const { setWeeklyHours } = await this.client.mutate(SetWeeklyHoursDocument, { input: { ranges } });
      this.status.set('Weekly hours saved.');
      this.saved.emit(setWeeklyHours);
    } catch (error) {
      this.showFailure(error, origins);
    } finally {
      this.saving.set(false);
    }
  }

  private showFailure(error: unknown, origins: RangeOrigin[]): void {
    const failure = schedulingFailure(error);
    const listed = failure.problems.length > 0 ? failure.problems : [readRangeMessage(failure.field, failure.message)].filter((p) => !!p);
    const errors = new Map<number, string>();
    for (const problem of listed) {
      const origin = problem && origins[problem.index];
      if (origin && !errors.has(origin.key)) errors.set(origin.key, sentence(problem.message));
    }
    if (failure.code !== ErrorCode.BadUserInput || errors.size === 0) this.formError.set(failure.message);
    this.errors.set(errors);
    if (errors.size > 0) this.focusFirstError();
  }

  private focusFirstError(): void {
    const key = this.days()
      .flatMap((day) => day.ranges)
      .find((range) => this.errors().has(range.key))?.key;
    if (key !== undefined) this.focus(`#range-${key}-start`);
  }
}

function sentence(message: string): string {
  const text = message.trim();
  return text ? text[0].toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? '' : '.') : text;
}
