import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { ErrorCode } from '@debrief/shared/domain';
import type { Response } from 'express';
import { DomainError } from './domain.error';

const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.TooManyRequests]: 429,
  [ErrorCode.InternalServerError]: 500,
};

/**
 * Hands domain errors straight to GraphQL's error formatter. Without it Nest logs every
 * expected refusal (a wrong password, a taken email) as an ERROR with a stack trace. On a plain
 * HTTP route (a calendar download) the same errors, the guard's included, become their status
 * with the message as text.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): DomainError | void {
    if (host.getType() !== 'http') return error;
    host.switchToHttp().getResponse<Response>().status(HTTP_STATUS[error.code]).type('text/plain').send(error.message);
  }
}
