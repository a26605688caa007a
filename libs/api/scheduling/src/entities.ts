/**
 * The scheduling domain's tables: for the server (TypeORM's entity list), the database tooling
 * (migrations, data source), the seed and tools only. Other domains read through SessionDirectoryService
 * in the public entry point; lint refuses this import anywhere else.
 */
export * from './lib/scheduling.entities';
export * from './lib/session-types/session-type.entity';
export * from './lib/session-types/session-type-coach.entity';
export * from './lib/availability/weekly-hours.entity';
export * from './lib/availability/availability-override.entity';
export * from './lib/closures/closure.entity';
export * from './lib/policy/booking-policy.entity';
export * from './lib/bookings/booking.entity';
export * from './lib/bookings/booking-event.entity';
export * from './lib/slots-search/slot-search-log.entity';
