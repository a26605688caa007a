/** draft → published → cancelled. Only published workshops are visible to students and open to registration. */
export enum WorkshopStatus {
  Draft = 'DRAFT',
  Published = 'PUBLISHED',
  Cancelled = 'CANCELLED',
}

/**
 * A registration's life: registered (holds a seat) or waitlisted (in line, no seat);
 * cancelled by the student or staff; after the event, attended or no-show (both still hold the seat).
 */
export enum RegistrationStatus {
  Registered = 'REGISTERED',
  Waitlisted = 'WAITLISTED',
  Cancelled = 'CANCELLED',
  Attended = 'ATTENDED',
  NoShow = 'NO_SHOW',
}

/** Statuses that hold one of the workshop's seats (what `seats_taken` counts). */
export const SEAT_HOLDING: readonly RegistrationStatus[] = [RegistrationStatus.Registered, RegistrationStatus.Attended, RegistrationStatus.NoShow];
/** Statuses of a live registration (at most one per student and workshop). */
export const ACTIVE_REGISTRATION: readonly RegistrationStatus[] = [...SEAT_HOLDING, RegistrationStatus.Waitlisted];

export enum RecurrenceKind {
  Weekly = 'WEEKLY',
  Custom = 'CUSTOM',
}

/** Which occurrences of a series an edit or cancellation applies to. */
export enum SeriesScope {
  ThisOccurrence = 'THIS_OCCURRENCE',
  ThisAndFollowing = 'THIS_AND_FOLLOWING',
}

export enum MyWorkshopsScope {
  Upcoming = 'UPCOMING',
  Past = 'PAST',
}

export enum AttendanceMark {
  Attended = 'ATTENDED',
  NoShow = 'NO_SHOW',
  Registered = 'REGISTERED',
}
