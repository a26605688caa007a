import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@debrief/api/identity';
import { NotificationsModule } from '@debrief/api/notifications';
import { AvailabilityResolver } from './availability/availability.resolver';
import { AvailabilityService } from './availability/availability.service';
import { BookingsQuery } from './bookings/bookings.query';
import { BookingsResolver } from './bookings/bookings.resolver';
import { BookingsService } from './bookings/bookings.service';
import { BookingCalendarController } from './bookings/mail/booking-calendar.controller';
import { BookingMailer } from './bookings/mail/booking-mailer.service';
import { SessionDirectoryService } from './bookings/session-directory.service';
import { CalendarLoader } from './calendar/calendar.loader';
import { BookingRulesService } from './policy/booking-rules.service';
import { SchedulingAccess } from './scheduling.access';
import { SCHEDULING_ENTITIES } from './scheduling.entities';
import { SessionTypesResolver } from './session-types/session-types.resolver';
import { SessionTypesService } from './session-types/session-types.service';
import { SlotSearchService } from './slots-search/slot-search.service';
import { SlotSearchLog } from './slots-search/slot-search-log';

@Module({
  imports: [TypeOrmModule.forFeature(SCHEDULING_ENTITIES), NotificationsModule, IdentityModule],
  controllers: [BookingCalendarController],
  providers: [
    BookingMailer,
    SchedulingAccess,
    CalendarLoader,
    SessionTypesService,
    SessionTypesResolver,
    AvailabilityService,
    AvailabilityResolver,
    BookingRulesService,
    SlotSearchService,
    SlotSearchLog,
    BookingsService,
    BookingsQuery,
    BookingsResolver,
    SessionDirectoryService,
  ],
  exports: [BookingsService, BookingsQuery, SessionDirectoryService, SlotSearchLog],
})
export class SchedulingModule {}
