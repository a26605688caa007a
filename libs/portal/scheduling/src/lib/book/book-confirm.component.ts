import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { ApiError, BookableSessionTypeFragment, BookingDetailsFragment, BookSessionDocument, formatSpan, GraphqlClient } from '@debrief/portal/core';
import { durationText, locationText } from '../shared/labels';
import { LocationComponent } from '../shared/location.component';
import { RefusalAlertComponent } from '../shared/refusal-alert.component';
import { schedulingFailure } from '../shared/scheduling-error';
import { insideCutoff, lateBookingWarning } from '../shared/cutoff';

/**
 * The last booking step: everything about the session on one screen, then bookSession. A refusal
 * shows the API's message; when the time was just taken, the next free times are offered as buttons.
 */
@Component({
  selector: 'db-book-confirm',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, LocationComponent, RefusalAlertComponent],
  templateUrl: './book-confirm.component.html',
  styleUrl: './book-confirm.component.scss',
})
export class BookConfirmComponent {
  private readonly client = inject(GraphqlClient);

  readonly type = input.required<BookableSessionTypeFragment>();
  /** The chosen coach, or null for any coach. */
  readonly coachId = input<string | null>(null);
  readonly coachName = input<string | null>(null);
  /** The chosen coach's video link, if they have set one (video sessions carry it). */
  readonly meetingUrl = input<string | null>(null);
  readonly start = input.required<string>();
  readonly zone = input.required<string>();

  readonly booked = output<BookingDetailsFragment>();
  /** Another start was picked from the "next free" offer. */
  readonly retime = output<string>();
  readonly changeTime = output<void>();

  protected readonly submitting = signal(false);
  protected readonly failure = signal<ApiError | null>(null);

  protected readonly when = computed(() => {
    const end = new Date(Date.parse(this.start()) + this.type().durationMinutes * 60_000);
    return formatSpan(this.start(), end, this.zone());
  });
  /** Booking inside the change cutoff is allowed, but the student must know it is then final. */
  protected readonly lateWarning = computed(() => (insideCutoff(this.start(), this.type().cancelCutoffHours) ? lateBookingWarning(this.type().cancelCutoffHours) : null));
  protected readonly duration = computed(() => durationText(this.type().durationMinutes, this.type().interviewMinutes));
  protected readonly location = computed(() => locationText(this.type(), this.coachId() ? this.meetingUrl() : null));

  async confirm(): Promise<void> {
    if (this.submitting()) return;
    this.submitting.set(true);
    this.failure.set(null);
    try {
      const input = { sessionTypeId: this.type().id, coachId: this.coachId(), start: this.start() };
      const { bookSession } = await this.client.mutate(BookSessionDocument, { input });
      this.booked.emit(bookSession);
    } catch (error) {
      this.failure.set(schedulingFailure(error));
    } finally {
      this.submitting.set(false);
    }
  }

  protected pick(start: string): void {
    this.failure.set(null);
    this.retime.emit(start);
  }
}
