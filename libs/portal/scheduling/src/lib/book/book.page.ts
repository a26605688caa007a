import { afterNextRender, ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, Injector, input, untracked, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Params, Router } from '@angular/router';
import { apiResource, BookingChoicesDocument, BookingDetailsFragment, errorMessage, GraphqlClient, injectViewerZone } from '@debrief/portal/core';
import { EmptyStateComponent, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { readWeek } from '../shared/week';
import { BlockedNoticeComponent } from './blocked-notice.component';
import { BookConfirmComponent } from './book-confirm.component';
import { BOOK_STEPS, bookStep, readStart } from './book-steps';
import { CoachOptionsComponent } from './coach-options.component';
import { SessionTypeCardComponent } from './session-type-card.component';
import { SlotWeekComponent } from './slot-week.component';

/**
 * Booking in four steps — session type, coach (or any coach), a time in a week view, confirm —
 * each choice kept in the URL (?type=&coach=&week=&start=) so Back and reload behave.
 */
@Component({
  selector: 'db-book-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    BlockedNoticeComponent,
    BookConfirmComponent,
    CoachOptionsComponent,
    EmptyStateComponent,
    PageHeaderComponent,
    PageStateComponent,
    SessionTypeCardComponent,
    SlotWeekComponent,
  ],
  templateUrl: './book.page.html',
  styleUrl: './book.page.scss',
})
export class BookPage {
  private readonly api = inject(GraphqlClient);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);

  /** Query params, bound by the router. */
  readonly type = input<string>();
  readonly coach = input<string>();
  readonly week = input<string>();
  readonly start = input<string>();

  protected readonly steps = BOOK_STEPS;
  protected readonly zone = injectViewerZone();
  protected readonly choices = apiResource({ loader: () => this.api.query(BookingChoicesDocument) });
  protected readonly error = computed(() => errorMessage(this.choices.error()));

  protected readonly types = computed(() => this.choices.value()?.sessionTypes ?? []);
  protected readonly sessionType = computed(() => this.types().find((t) => t.id === this.type()) ?? null);
  protected readonly offering = computed(() => {
    const type = this.sessionType();
    return type ? (this.choices.value()?.coaches ?? []).filter((c) => type.coachIds.includes(c.id)) : [];
  });
  /** 'any', a coach offering the type, or null while none is chosen. */
  protected readonly coachChoice = computed(() => {
    const coach = this.coach();
    return coach === 'any' || this.offering().some((c) => c.id === coach) ? (coach as string) : null;
  });
  protected readonly coachId = computed(() => (this.coachChoice() === 'any' ? null : this.coachChoice()));
  protected readonly coachName = computed(() => this.offering().find((c) => c.id === this.coachId())?.name ?? null);
  protected readonly coachMeetingUrl = computed(() => this.offering().find((c) => c.id === this.coachId())?.meetingUrl ?? null);
  protected readonly shownWeek = computed(() => readWeek(this.week(), this.zone()));
  protected readonly chosenStart = computed(() => readStart(this.start()));
  protected readonly step = computed(() =>
    bookStep({ type: this.sessionType(), coach: this.coachChoice(), start: this.chosenStart() }),
  );
  protected readonly stepIndex = computed(() => this.steps.findIndex((s) => s.key === this.step()));
  /** The student's standing when missed sessions pause self-booking; null otherwise. */
  protected readonly blocked = computed(() => {
    const standing = this.choices.value()?.bookingStanding;
    return standing?.blockedUntil ? standing : null;
  });

  private readonly stepHeading = viewChild<ElementRef<HTMLElement>>('stepHeading');

  constructor() {
    // A new step replaces the content below the steps: move focus to its heading (not on arrival).
    let previous: string | null = null;
    effect(() => {
      const step = this.choices.hasValue() ? this.step() : null;
      untracked(() => {
        if (step && previous && step !== previous) {
          afterNextRender(() => this.stepHeading()?.nativeElement.focus(), { injector: this.injector });
        }
        if (step) previous = step;
      });
    });
  }

  protected chooseType(type: string): void {
    this.go({ type, coach: null, week: null, start: null });
  }

  protected chooseCoach(coach: string): void {
    this.go({ coach, start: null });
  }

  protected showWeek(week: string): void {
    this.go({ week }, true);
  }

  protected chooseStart(start: string): void {
    this.go({ start });
  }

  protected back(to: 'type' | 'coach' | 'slot'): void {
    if (to === 'type') this.go({ type: null, coach: null, week: null, start: null });
    else if (to === 'coach') this.go({ coach: null, start: null });
    else this.go({ start: null });
  }

  protected booked(booking: BookingDetailsFragment): void {
    void this.router.navigate(['/book/confirmed', booking.id]);
  }

  private go(queryParams: Params, replaceUrl = false): void {
    void this.router.navigate([], { queryParams, queryParamsHandling: 'merge', replaceUrl });
  }
}
