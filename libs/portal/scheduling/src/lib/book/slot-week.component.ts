import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { apiResource, errorMessage, formatCivilDate, FreeSlotsDocument, GraphqlClient } from '@debrief/portal/core';
import { PageStateComponent } from '@debrief/portal/ui';
import { shiftWeek, weekOf, weekWindow } from '../shared/week';
import { groupSlotsByDay } from './slot-days';
import { hoursText, insideCutoff } from '../shared/cutoff';

const DAY = 86400_000;

/**
 * One week of free starts for a session type (one coach, or any coach when `coachId` is null),
 * Monday to Sunday in the viewer's zone: days as columns where there is room, a list per day on
 * phones. Every start is a button named with its day, time and zone; coach names stay hidden.
 */
@Component({
  selector: 'db-slot-week',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, PageStateComponent],
  templateUrl: './slot-week.component.html',
  styleUrl: './slot-week.component.scss',
})
export class SlotWeekComponent {
  private readonly api = inject(GraphqlClient);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly sessionTypeId = input.required<string>();
  readonly coachId = input<string | null>(null);
  /** The Monday (YYYY-MM-DD) of the week shown. */
  readonly week = input.required<string>();
  readonly zone = input.required<string>();
  /** How far ahead the type can be booked; later weeks are not offered. */
  readonly horizonDays = input(365);
  /** A start not to offer (the session's current time, when rescheduling). */
  readonly exclude = input<string | null>(null);
  /** Rescheduling: the booking being moved, whose own time the API then counts as free. */
  readonly bookingId = input<string | null>(null);

  /** The type's change cutoff: starts sooner than this are marked (booking them is final). */
  readonly cutoffHours = input<number | null>(null);
  readonly weekChange = output<string>();
  readonly picked = output<string>();

  private readonly now = Date.now();

  protected readonly title = computed(() => `Week of ${formatCivilDate(this.week())}`);
  protected readonly canGoBack = computed(() => this.week() > weekOf(this.now, this.zone()));
  protected readonly canGoForward = computed(() => {
    const nextMonday = Date.parse(weekWindow(shiftWeek(this.week(), 1), this.zone()).from);
    return nextMonday < this.now + this.horizonDays() * DAY;
  });

  protected readonly slots = apiResource({
    params: () => ({ sessionTypeId: this.sessionTypeId(), coachId: this.coachId(), week: this.week(), zone: this.zone(), bookingId: this.bookingId() }),
    loader: async ({ params }) => {
      const { from, to } = weekWindow(params.week, params.zone);
      const input = { sessionTypeId: params.sessionTypeId, coachId: params.coachId, from, to, ...(params.bookingId ? { bookingId: params.bookingId } : {}) };
      return this.api.query(FreeSlotsDocument, { input });
    },
  });
  protected readonly error = computed(() => errorMessage(this.slots.error()));
  protected readonly days = computed(() => {
    const value = this.slots.value();
    const slots = (value?.availableSlots ?? []).filter((slot) => slot.start !== this.exclude());
    return groupSlotsByDay(slots, this.week(), this.zone(), value?.closures ?? []);
  });
  /** Whether a start is inside the change cutoff (fewer than cutoffHours away). */
  protected late(start: string): boolean {
    const hours = this.cutoffHours();
    return hours !== null && insideCutoff(start, hours);
  }
  protected readonly anyLate = computed(() => this.days().some((day) => day.slots.some((slot) => this.late(slot.start))));
  protected readonly hours = computed(() => hoursText(this.cutoffHours() ?? 0));
  /**
   * Roving tabindex: the week is one Tab stop (the last focused start, else the first) and the
   * arrow keys move within it: up/down within a day, left/right to the nearest start of the
   * previous/next day with free times, Home/End to a day's first/last.
   */
  protected readonly active = signal<string | null>(null);
  protected readonly activeStart = computed(() => {
    const starts = this.days().flatMap((day) => day.slots.map((slot) => slot.start));
    const active = this.active();
    return active && starts.includes(active) ? active : (starts[0] ?? null);
  });

  protected move(event: KeyboardEvent, dayIndex: number, slotIndex: number): void {
    const days = this.days();
    const day = days[dayIndex].slots;
    let target: string | undefined;
    if (event.key === 'ArrowDown') target = day[slotIndex + 1]?.start;
    else if (event.key === 'ArrowUp') target = day[slotIndex - 1]?.start;
    else if (event.key === 'Home') target = day[0]?.start;
    else if (event.key === 'End') target = day[day.length - 1]?.start;
    else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      const step = event.key === 'ArrowRight' ? 1 : -1;
      for (let d = dayIndex + step; d >= 0 && d < days.length && !target; d += step) {
        const slots = days[d].slots;
        if (slots.length) target = slots[Math.min(slotIndex, slots.length - 1)].start;
      }
    } else return;
    event.preventDefault();
    if (!target) return;
    this.active.set(target);
    this.host.nativeElement.querySelector<HTMLElement>(`button.slot[data-start="${target}"]`)?.focus();
  }

  protected readonly count = computed(() => this.days().reduce((sum, day) => sum + day.slots.length, 0));

  protected go(weeks: number): void {
    // The buttons stay focusable when they cannot be used (disabledInteractive): ignore those presses.
    if ((weeks < 0 && !this.canGoBack()) || (weeks > 0 && !this.canGoForward())) return;
    this.weekChange.emit(shiftWeek(this.week(), weeks));
  }
}
