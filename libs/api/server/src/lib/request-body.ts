import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ErrorCode } from '@debrief/shared/domain';
import type { NextFunction, Request, Response } from 'express';

/** Largest JSON body accepted (body-parser's own default, stated so the 413 message can say it). */
export const BODY_LIMIT = '100kb';

interface BodyParserError extends Error {
  type?: string;
  status?: number;
}

/**
 * JSON body parsing with client errors answered as what they are. Registered before Nest's own
 * parser (which then skips), because Nest leaves body-parser's errors to Express, and behind the
 * portal's static files they end as `404 Cannot POST /graphql`. Malformed JSON is 400, a body over
 * the limit 413, both with a GraphQL-shaped coded error body.
 */
export function useJsonBody(app: INestApplication): void {
  (app as NestExpressApplication).useBodyParser('json', { limit: BODY_LIMIT });
  app.use((error: BodyParserError, _req: Request, res: Response, next: NextFunction) => {
    const status = error?.status;
    if (typeof error?.type !== 'string' || typeof status !== 'number' || status < 400 || status >= 500) return next(error);
    const message =
      status === 413
        ? `The request body is larger than the ${BODY_LIMIT} limit.`
        : error.type === 'entity.parse.failed'
          ? 'The request body is not valid JSON.'
          : `The request body cannot be read (${error.type}).`;
    res.status(status).json({ errors: [{ message, extensions: { code: ErrorCode.BadUserInput, field: 'body', reason: error.type } }] });
  });
}
