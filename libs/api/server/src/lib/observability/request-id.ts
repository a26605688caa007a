import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** A caller's (or proxy's) id is kept when it is a plain token; anything else gets a fresh UUID. */
const ACCEPTABLE = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * The id of one request: taken from a trusted-looking X-Request-Id or generated, put on the
 * request (`req.id`, where pino-http looks) and in the response's X-Request-Id header.
 */
export function assignRequestId(req: IncomingMessage & { id?: unknown }, res: ServerResponse): string {
  if (typeof req.id === 'string') return req.id;
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && ACCEPTABLE.test(incoming) ? incoming : randomUUID();
  req.id = id;
  res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

export function requestIdMiddleware(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  assignRequestId(req, res);
  next();
}
