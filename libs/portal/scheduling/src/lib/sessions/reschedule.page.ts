import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Params, Router, RouterLink } from '@angular/router';
import { ApiError, apiResource, BookableSessionTypesDocument, BookingDetailDocument, errorMessage, formatSpan, GraphqlClient, injectViewerZone, RescheduleBookingDocument } from '@debrief/portal/core';
import { PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { SlotWeekComponent } from '../book/slot-week.component';
import { readStart } from '../book/book-steps';
import { cutoffWarning, insideCutoff } from '../shared/cutoff';
import { injectFocusAfterRender } from '../shared/focus-after-render';
import { RefusalAlertComponent } from '../shared/refusal-alert.component';
import { schedulingFailure } from '../shared/scheduling-error';
import { mondayOf, weekOf } from '../shared/week';

/**
 * Moving a session: the same week view as booking, for the session's type and coach, then a
 * confirmation (old time → new time) and rescheduleBooking. The week and the new start live in the URL.
 */
@Component({
  selector: 'db-reschedule-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, PageHeaderComponent, PageStateComponent, RefusalAlertComponent, SlotWeekComponent],
  templateUrl: './reschedule.page.html',
  styleUrl: './reschedule.page.scss',
})
export class ReschedulePage {
  private readonly api = inject(GraphqlClient);
  private readonly router = inject(Router);
  private readonly focus = injectFocusAfterRender();

  /** Route param. */
  readonly id = input.required<string>();
  /** Query params. */
  readonly week = input<string>();
  readonly start = input<string>();

  protected readonly zone = injectViewerZone();
  protected readonly data = apiResource({
    params: () => ({ id: this.id() }),
    loader: async ({ params }) => {
      const [{ booking }, { sessionTypes }] = await Promise.all([
        this.api.query(BookingDetailDocument, params),
        this.api.query(BookableSessionTypesDocument),
      ]);
      return { booking, type: sessionTypes.find((t) => t.id === booking.sessionTypeId) ?? null };
    },
  });
  protected readonly error = computed(() => errorMessage(this.data.error()));
  protected readonly booking = computed(() => this.data.value()?.booking ?? null);
  protected readonly shownWeek = computed(() => {
    const b = this.booking();
    return mondayOf(this.week()) ?? (b ? weekOf(b.startsAt, this.zone()) : weekOf(Date.now(), this.zone()));
  });
  protected readonly newStart = computed(() => readStart(this.start()));
  protected readonly current = computed(() => {
    const b = this.booking();
    return b ? formatSpan(b.startsAt, b.endsAt, this.zone()) : '';
  });
  protected readonly proposed = computed(() => {
    const b = this.booking();
    const start = this.newStart();
    if (!b || !start) return '';
    const duration = Date.parse(b.endsAt) - Date.parse(b.startsAt);
    return formatSpan(start, new Date(Date.parse(start) + duration), this.zone());
  });
  /** Why it cannot be moved any more, if so. */
  protected readonly blocker = computed(() => {
    const value = this.data.value();
    if (!value) return null;
    const { booking, type } = value;
    if (booking.status !== 'BOOKED' || Date.parse(booking.startsAt) <= Date.now()) return 'This session can no longer be rescheduled.';
    return type && insideCutoff(booking.startsAt, type.cancelCutoffHours) ? cutoffWarning(type.cancelCutoffHours) : null;
  });

  protected readonly submitting = signal(false);
  protected readonly failure = signal<ApiError | null>(null);

  protected showWeek(week: string): void {
    void this.go({ week }, true);
  }

  protected async choose(start: string): Promise<void> {
    this.failure.set(null);
    await this.go({ start });
    this.focus('#confirm-heading');
  }

  protected async chooseAgain(): Promise<void> {
    this.failure.set(null);
    await this.go({ start: null });
    this.focus('#choose-heading');
  }

  async confirm(): Promise<void> {
    const start = this.newStart();
    if (!start || this.submitting()) return;
    this.submitting.set(true);
    this.failure.set(null);
    try {
      await this.api.mutate(RescheduleBookingDocument, { input: { bookingId: this.id(), start } });
      await this.router.navigate(['/sessions', this.id()], { queryParams: { rescheduled: 1 } });
    } catch (error) {
      this.failure.set(schedulingFailure(error));
    } finally {
      this.submitting.set(false);
    }
  }

  private go(queryParams: Params, replaceUrl = false): Promise<boolean> {
    return this.router.navigate([], { queryParams, queryParamsHandling: 'merge', replaceUrl });
  }
}
