import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppConfig } from '@debrief/api/core';
import { Logger as NestPinoLogger, Params, PinoLogger } from 'nestjs-pino';
import { assignRequestId } from './request-id';

/** Anything that could carry a secret, wherever a log call puts it. */
const REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passwordHash',
  '*.token',
  // A failed query's error: its statement parameters and PostgreSQL's row detail.
  'err.parameters',
  'err.detail',
  'err.driverError',
  '*.parameters',
];

/** The request line without its query string, and without the calendar-feed token in the path. */
export function loggableUrl(url: string | undefined): string {
  const [path, query] = (url ?? '').split('?', 2);
  const safePath = path.replace(/^\/calendar\/feed\/[^/]+$/, '/calendar/feed/[redacted]');
  return query === undefined ? safePath : `${safePath}?[redacted]`;
}

type Req = IncomingMessage & { id?: string; user?: { id?: string }; originalUrl?: string };

/**
 * Structured JSON logs (pino, one object a line on stdout): every line written while a request
 * is served carries its `reqId`, and once the access guard knows the signed-in user, its `userId`; no
 * headers, no query strings, no feed tokens, nothing the redaction list names.
 */
export function loggingParams(config: AppConfig): Params {
  return {
    // The request's completion line gets what PinoRequestLogContext binds (the signed-in userId).
    assignResponse: true,
    pinoHttp: [
      {
        level: config.logLevel,
        redact: { paths: REDACT, censor: '[redacted]' },
        genReqId: (req, res) => assignRequestId(req as Req, res as ServerResponse),
        // Lines written while serving a request carry just its id; the completion line the rest.
        quietReqLogger: true,
        customAttributeKeys: { reqId: 'reqId' },
        customProps: (req) => ((req as Req).user?.id ? { userId: (req as Req).user?.id } : {}),
        serializers: {
          req: (req: { id?: string; method?: string; url?: string; raw?: Req }) => ({
            id: req.id,
            method: req.method,
            url: loggableUrl(req.raw?.originalUrl ?? req.url),
          }),
          res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
        },
        autoLogging: { ignore: (req) => /^\/(health|metrics)(\/|\?|$)/.test((req as Req).url ?? '') },
      },
      process.stdout,
    ],
  };
}

/** Nest's own logger on the same pino, for lines written outside any request (boot, workers). */
export function createNestLogger(params: Params): NestPinoLogger {
  return new NestPinoLogger(new PinoLogger(params), params);
}
