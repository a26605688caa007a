import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, AuthUser, Public } from '@debrief/api/core';
import { buildCalendar } from '@debrief/api/notifications';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { SchedulingAccess } from '../../scheduling.access';
import { bookingEvent } from './booking-calendar';
import { loadBookingSnapshot } from './booking-snapshot';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * GET /calendar/bookings/<id>.ics: one session as a calendar file, for whoever may read the
 * booking (its student, its coach, staff). Answered here rather than through the guard's
 * GraphQL-shaped errors, so a refusal is a plain HTTP status.
 */
@Controller('calendar/bookings')
export class BookingCalendarController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: SchedulingAccess,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':file')
  @Public()
  async download(@Param('file') file: string, @Req() req: Request & { user?: AuthUser | null }, @Res() res: Response): Promise<void> {
    const id = file.replace(/\.ics$/, '');
    if (!req.user) {
      res.status(401).type('text/plain').send('Sign in to download this session.');
      return;
    }
    const booking = UUID.test(id) ? await loadBookingSnapshot(this.db.manager, id) : null;
    if (!booking) {
      res.status(404).type('text/plain').send('No such session.');
      return;
    }
    if (!this.access.canSee(req.user, booking)) {
      res.status(403).type('text/plain').send('This session is not yours.');
      return;
    }
    const ics = buildCalendar({ method: 'PUBLISH', events: [bookingEvent(this.config, booking)], omitAttendees: true });
    res
      .status(200)
      .set({ 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `attachment; filename="session-${id.slice(0, 8)}.ics"`, 'Cache-Control': 'private, no-store' })
      .send(ics);
  }
}
