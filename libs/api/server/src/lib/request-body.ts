import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ErrorCode } from '@debrief/shared/domain';
import type { NextFunction, Request, Response } from 'express';

/** Largest JSON body accepted (body-parser's own default, stated so the 413 message can say it). */
export const BODY_LIMIT = '100kb';

/** body-parser's errors (http-errors): a 4xx status, and a `type` such as entity.parse.failed. */
interface BodyParserError extends Error {
  type?: string;
  status?: number;
  statusCode?: number;
}

/**
 * Body parsing (JSON and, as Nest has it, URL-encoded) with client errors answered as what they are. Registered before Nest's own
 * parser (which then skips), because Nest leaves body-parser's errors to Express, and behind the
 * portal's static files they end as `404 Cannot POST /graphql`. Malformed JSON is 400, a body over
 * the limit 413, both with a GraphQL-shaped coded error body.
 */
export function useJsonBody(app: INestApplication): void {
  // Both of the parsers Nest would add (it skips those already there), so the handler below sees their errors.
  (app as NestExpressApplication).useBodyParser('json', { limit: BODY_LIMIT });
  (app as NestExpressApplication).useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: true });
  app.use((error: BodyParserError, _req: Request, res: Response, next: NextFunction) => {
    const status = error?.status ?? error?.statusCode;
    if (typeof status !== 'number' || status < 400 || status >= 500) return next(error);
    const message =
      status === 413
        ? `The request body is larger than the ${BODY_LIMIT} limit.`
        : error.type === 'entity.parse.failed'
          ? 'The request body is not valid JSON.'
          : `The request body cannot be read (${error.type ?? error.message}).`;
    res.status(status).json({ errors: [{ message, extensions: { code: ErrorCode.BadUserInput, field: 'body', reason: error.type ?? 'unreadable' } }] });
  });
}
