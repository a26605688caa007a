import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { apiResource, AuthStore, errorMessage, formatShortMoment, GraphqlClient, StaffBookingFragment, StaffCancelBookingDocument, StaffExcuseNoShowDocument, StaffStudentBookingsDocument, StaffStudentsDocument, toApiError } from '@debrief/portal/core';
import { PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { firstValueFrom } from 'rxjs';
import { ReasonData, ReasonDialog } from '../shared/reason.dialog';
import { BookingListComponent } from './booking-list.component';
import { standingText } from './no-show-standing';
import { StaffBookingForm } from './staff-booking.form';

/** One student's sessions and no-show standing; staff cancel, excuse no-shows and book for them. */
@Component({
  selector: 'db-student-bookings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, BookingListComponent, PageHeaderComponent, PageStateComponent, StaffBookingForm],
  templateUrl: './student-bookings.page.html',
  styleUrl: './student-bookings.page.scss',
})
export class StudentBookingsPage {
  private readonly api = inject(GraphqlClient);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly auth = inject(AuthStore);

  /** Route param. */
  readonly id = input.required<string>();

  protected readonly timeZone = computed(() => this.auth.user()?.timeZone ?? 'UTC');
  protected readonly bookingOpen = signal(false);

  /** Who the student is: there is no user-by-id query, so the student list is searched for the id. */
  protected readonly student = apiResource({
    params: () => ({ id: this.id() }),
    loader: async ({ params }) => (await this.api.query(StaffStudentsDocument, {})).users.find((user) => user.id === params.id) ?? null,
  });
  protected readonly bookings = apiResource({
    params: () => ({ studentId: this.id() }),
    loader: async ({ params }) => this.api.query(StaffStudentBookingsDocument, params),
  });
  protected readonly error = computed(() => errorMessage(this.bookings.error()));
  protected readonly name = computed(() => {
    const student = this.student.hasValue() ? this.student.value() : null;
    const data = this.bookings.hasValue() ? this.bookings.value() : null;
    return student?.name ?? [...(data?.upcoming ?? []), ...(data?.past ?? [])][0]?.student.name ?? 'Student';
  });
  protected readonly standing = computed(() =>
    this.bookings.hasValue() ? standingText(this.bookings.value().bookingStanding, this.timeZone()) : null,
  );

  protected reload(): void {
    this.bookings.reload();
    this.student.reload();
  }

  protected toggleBooking(): void {
    this.bookingOpen.update((open) => !open);
    if (this.bookingOpen()) this.focus('#book-heading');
  }

  protected booked(): void {
    this.bookingOpen.set(false);
    this.bookings.reload();
    this.focus('#upcoming-heading');
  }

  protected async cancel(booking: StaffBookingFragment): Promise<void> {
    const reason = await this.askReason({
      title: 'Cancel this session?',
      message: `${booking.sessionTypeName} with ${booking.coach.name}, ${this.when(booking)}. Staff can cancel inside the cancellation cutoff too.`,
      label: 'Reason for cancelling',
      hint: 'Kept in the session’s history.',
      confirm: 'Cancel session',
    });
    if (!reason) return;
    await this.run(() => this.api.mutate(StaffCancelBookingDocument, { input: { bookingId: booking.id, reason } }), 'Session cancelled.');
  }

  protected async excuse(booking: StaffBookingFragment): Promise<void> {
    const reason = await this.askReason({
      title: 'Excuse this no-show?',
      message: `${booking.sessionTypeName}, ${this.when(booking)}. An excused no-show no longer counts towards pausing self-booking.`,
      label: 'Reason for excusing',
      hint: 'e.g. “Illness, note received”.',
      confirm: 'Excuse no-show',
    });
    if (!reason) return;
    await this.run(() => this.api.mutate(StaffExcuseNoShowDocument, { id: booking.id, reason }), 'No-show excused.');
  }

  private when(booking: StaffBookingFragment): string {
    return formatShortMoment(booking.startsAt, this.timeZone());
  }

  private async askReason(data: ReasonData): Promise<string | undefined> {
    return firstValueFrom(this.dialog.open<ReasonDialog, ReasonData, string>(ReasonDialog, { data, width: '520px' }).afterClosed());
  }

  private async run(action: () => Promise<unknown>, done: string): Promise<void> {
    try {
      await action();
      this.snackBar.open(done, undefined, { duration: 4000 });
      this.bookings.reload();
    } catch (error) {
      this.snackBar.open(toApiError(error).message, 'Dismiss', { duration: 8000 });
    }
  }

  private focus(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
