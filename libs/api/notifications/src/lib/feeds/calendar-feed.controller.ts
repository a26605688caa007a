import { Readable } from 'node:stream';
import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { Public } from '@debrief/api/core';
import type { Request, Response } from 'express';
import { CalendarFeedDocument, CalendarFeedService } from './calendar-feed.service';

/**
 * The subscription URL calendars poll: the unguessable token in the path is the authorisation.
 * An unchanged feed answers 304 to If-None-Match (or, without it, If-Modified-Since) without
 * being rendered; otherwise the body is streamed as it is rendered.
 */
@Controller('calendar/feed')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get(':file')
  @Public()
  async feed(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const doc = file.endsWith('.ics') ? await this.feeds.feed(file.slice(0, -4)) : null;
    if (doc === null) throw new NotFoundException('No such calendar feed');
    res.set({
      ETag: doc.etag,
      'Last-Modified': doc.lastModified.toUTCString(),
      'Cache-Control': 'private, max-age=300',
    });
    if (notModified(req, doc)) {
      res.status(304).end();
      return;
    }
    res.status(200).set({ 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': 'inline; filename="debrief.ics"' });
    const body = doc.body();
    if (Buffer.isBuffer(body)) res.set('Content-Length', String(body.length)).end(body);
    else Readable.from(body).pipe(res);
  }
}

/** RFC 9110 §13.2.2: If-None-Match decides when present; If-Modified-Since only without it. */
export function notModified(req: Request, doc: CalendarFeedDocument): boolean {
  const inm = req.headers['if-none-match'];
  if (inm !== undefined) {
    const tags = inm.split(',').map((t) => t.trim().replace(/^W\//, ''));
    return tags.includes('*') || tags.includes(doc.etag);
  }
  const ims = req.headers['if-modified-since'];
  if (!ims) return false;
  const since = Date.parse(ims);
  return !Number.isNaN(since) && doc.lastModified.getTime() <= since;
}
