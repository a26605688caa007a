import type { Request } from 'express';
import { notModified } from './calendar-feed.controller';
import { CalendarFeedDocument } from './calendar-feed.service';

const doc: CalendarFeedDocument = { etag: '"abc"', lastModified: new Date('2026-03-01T12:00:00Z'), body: () => [] };
const req = (headers: Record<string, string>) => ({ headers }) as unknown as Request;

describe('conditional GET of a feed (RFC 9110 §13.2.2)', () => {
  it('matches If-None-Match against the ETag, weak forms and lists included', () => {
    expect(notModified(req({ 'if-none-match': '"abc"' }), doc)).toBe(true);
    expect(notModified(req({ 'if-none-match': 'W/"abc"' }), doc)).toBe(true);
    expect(notModified(req({ 'if-none-match': '"x", "abc"' }), doc)).toBe(true);
    expect(notModified(req({ 'if-none-match': '*' }), doc)).toBe(true);
    expect(notModified(req({ 'if-none-match': '"abd"' }), doc)).toBe(false);
  });

  it('uses If-Modified-Since only without If-None-Match', () => {
    expect(notModified(req({ 'if-modified-since': 'Sun, 01 Mar 2026 12:00:00 GMT' }), doc)).toBe(true);
    expect(notModified(req({ 'if-modified-since': 'Sun, 01 Mar 2026 11:59:59 GMT' }), doc)).toBe(false);
    expect(notModified(req({ 'if-modified-since': 'not a date' }), doc)).toBe(false);
    expect(notModified(req({ 'if-none-match': '"other"', 'if-modified-since': 'Sun, 01 Mar 2026 12:00:00 GMT' }), doc)).toBe(false);
    expect(notModified(req({}), doc)).toBe(false);
  });
});
