import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, AuthUser, CurrentUser, ForbiddenError, NotFoundError, RequirePermission } from '@debrief/api/core';
import { UserDirectoryService } from '@debrief/api/identity';
import { Permission } from '@debrief/shared/domain';
import { buildCalendar } from '@debrief/api/notifications';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { SchedulingAccess } from '../../scheduling.access';
import { bookingEvent } from './booking-calendar';
import { loadBookingSnapshot } from './booking-snapshot';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * GET /calendar/bookings/<id>.ics: one session as a calendar file, for whoever may read the
 * booking (its student, its coach, staff). Refusals are domain errors, answered as HTTP statuses.
 */
@Controller('calendar/bookings')
export class BookingCalendarController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: SchedulingAccess,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly people: UserDirectoryService,
  ) {}

  @Get(':file')
  @RequirePermission(Permission.BookingsReadOwn)
  async download(@Param('file') file: string, @CurrentUser() user: AuthUser, @Res() res: Response): Promise<void> {
    const id = file.replace(/\.ics$/, '');
    const booking = UUID.test(id) ? await loadBookingSnapshot(this.db.manager, this.people, id) : null;
    if (!booking) throw new NotFoundError('Session', id);
    if (!this.access.canSee(user, booking)) throw new ForbiddenError('This session is not yours.');
    const ics = buildCalendar({ method: 'PUBLISH', events: [bookingEvent(this.config, booking)], omitAttendees: true });
    res
      .status(200)
      .set({ 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `attachment; filename="session-${id.slice(0, 8)}.ics"`, 'Cache-Control': 'private, no-store' })
      .send(ics);
  }
}
