import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { Public } from '@debrief/api/core';
import type { Response } from 'express';
import { CalendarFeedService } from './calendar-feed.service';

/** The subscription URL calendars poll: the unguessable token in the path is the authorisation. */
@Controller('calendar/feed')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get(':file')
  @Public()
  async feed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const body = file.endsWith('.ics') ? await this.feeds.feed(file.slice(0, -4)) : null;
    if (body === null) throw new NotFoundException('No such calendar feed');
    res
      .status(200)
      .set({ 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'private, max-age=300', 'Content-Disposition': 'inline; filename="debrief.ics"' })
      .send(body);
  }
}
