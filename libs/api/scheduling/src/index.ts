export * from './lib/scheduling.enums';
export * from './lib/scheduling.module';
export * from './lib/bookings/session-directory.service';
export * from './lib/slots';
export * from './lib/slots-search/slot-search.service';
export * from './lib/slots-search/slot-search-log';
