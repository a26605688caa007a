import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { Params, Router } from '@angular/router';
import { apiResource, BookingDetailsFragment, CoachScheduleDocument, errorMessage, formatSpan, GraphqlClient, injectViewerZone, MarkBookingCompletedDocument, MarkBookingNoShowDocument } from '@debrief/portal/core';
import { PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { injectFocusAfterRender } from '../shared/focus-after-render';
import { schedulingFailure } from '../shared/scheduling-error';
import { dateIn } from '../shared/week';
import { MarkOutcomeData, MarkOutcomeDialog, Outcome } from './mark-outcome.dialog';
import { groupByDay } from './schedule-days';
import { ScheduleItemComponent } from './schedule-item.component';
import { scheduleView, stepView, viewWindow } from './schedule-view';

/** The coach's sessions for a day or a week (in their zone), with closing the ones that have started. */
@Component({
  selector: 'db-schedule-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatButtonToggleModule, PageHeaderComponent, PageStateComponent, ScheduleItemComponent],
  templateUrl: './schedule.page.html',
  styleUrl: './schedule.page.scss',
})
export class SchedulePage {
  private readonly api = inject(GraphqlClient);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly focus = injectFocusAfterRender();

  /** Query params. */
  readonly view = input<string>();
  readonly date = input<string>();

  protected readonly zone = injectViewerZone();
  protected readonly today = computed(() => dateIn(Date.now(), this.zone()));
  protected readonly shown = computed(() => scheduleView(this.view(), this.date(), this.today()));
  protected readonly sessions = apiResource({
    params: () => viewWindow(this.shown(), this.zone()),
    loader: async ({ params }) => ({
      list: (await this.api.query(CoachScheduleDocument, { input: params })).coachSchedule,
      at: Date.now(),
    }),
  });
  protected readonly error = computed(() => errorMessage(this.sessions.error()));
  protected readonly now = computed(() => this.sessions.value()?.at ?? Date.now());
  protected readonly days = computed(() => groupByDay(this.sessions.value()?.list ?? [], this.shown().dates, this.zone()));
  protected readonly count = computed(() => (this.sessions.value()?.list ?? []).filter((b) => b.status !== 'CANCELLED').length);
  protected readonly message = signal('');
  protected readonly failure = signal<string | null>(null);

  protected setMode(mode: 'day' | 'week'): void {
    // Switching to the day view of a week starts on today when today is in it, else on its Monday.
    const shown = this.shown();
    const date = mode === 'day' && shown.dates.includes(this.today()) ? this.today() : shown.anchor;
    this.go({ view: mode === 'day' ? 'day' : null, date });
  }

  protected step(direction: -1 | 1): void {
    this.go({ date: stepView(this.shown(), direction) });
  }

  protected goToday(): void {
    this.go({ date: null });
  }

  protected mark(booking: BookingDetailsFragment, outcome: Outcome): void {
    const data: MarkOutcomeData = {
      outcome,
      studentName: booking.student.name,
      sessionName: booking.sessionTypeName,
      when: formatSpan(booking.startsAt, booking.endsAt, this.zone()),
    };
    this.dialog
      .open<MarkOutcomeDialog, MarkOutcomeData, boolean>(MarkOutcomeDialog, { data, width: '480px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((confirmed) => {
        if (confirmed) void this.save(booking, outcome);
      });
  }

  private async save(booking: BookingDetailsFragment, outcome: Outcome): Promise<void> {
    this.message.set('');
    this.failure.set(null);
    try {
      const updated =
        outcome === 'COMPLETED'
          ? (await this.api.mutate(MarkBookingCompletedDocument, { id: booking.id })).markBookingCompleted
          : (await this.api.mutate(MarkBookingNoShowDocument, { id: booking.id })).markBookingNoShow;
      this.sessions.update((value) => value && { ...value, list: value.list.map((b) => (b.id === updated.id ? updated : b)) });
      this.message.set(`${updated.sessionTypeName} with ${updated.student.name} marked ${outcome === 'COMPLETED' ? 'completed' : 'as a no-show'}.`);
      this.focus(`#schedule-${updated.id}`);
    } catch (error) {
      this.failure.set(schedulingFailure(error).message);
    }
  }

  private go(queryParams: Params): void {
    void this.router.navigate([], { queryParams, queryParamsHandling: 'merge', replaceUrl: true });
  }
}
