import { AvailabilityOverrideEntity } from './availability/availability-override.entity';
import { WeeklyHoursEntity } from './availability/weekly-hours.entity';
import { BookingEventEntity } from './bookings/booking-event.entity';
import { BookingEntity } from './bookings/booking.entity';
import { ClosureEntity } from './closures/closure.entity';
import { BookingPolicyEntity } from './policy/booking-policy.entity';
import { SessionTypeCoachEntity } from './session-types/session-type-coach.entity';
import { SessionTypeEntity } from './session-types/session-type.entity';
import { SlotSearchLogEntity } from './slots-search/slot-search-log.entity';

export const SCHEDULING_ENTITIES = [
  SessionTypeEntity,
  SessionTypeCoachEntity,
  WeeklyHoursEntity,
  AvailabilityOverrideEntity,
  ClosureEntity,
  BookingPolicyEntity,
  BookingEntity,
  BookingEventEntity,
  SlotSearchLogEntity,
];
