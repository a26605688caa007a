/** Where a session happens: a room on campus, or the coach's video link. */
export enum LocationKind {
  Room = 'ROOM',
  Video = 'VIDEO',
}

/** booked → completed | no-show | cancelled; nothing is deleted. */
export enum BookingStatus {
  Booked = 'BOOKED',
  Completed = 'COMPLETED',
  NoShow = 'NO_SHOW',
  Cancelled = 'CANCELLED',
}

export enum BookingEventKind {
  Booked = 'BOOKED',
  Rescheduled = 'RESCHEDULED',
  Cancelled = 'CANCELLED',
  Completed = 'COMPLETED',
  NoShow = 'NO_SHOW',
  NoShowExcused = 'NO_SHOW_EXCUSED',
  /** The coach (or staff) changed where one upcoming session happens (room or video link). */
  LocationChanged = 'LOCATION_CHANGED',
}

export enum OverrideKind {
  Extra = 'EXTRA',
  DayOff = 'DAY_OFF',
}
