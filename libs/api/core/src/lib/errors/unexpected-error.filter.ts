import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import { DomainError } from './domain.error';
import { DomainErrorFilter } from './domain-error.filter';

const log = new Logger('Unexpected');

/**
 * Every error no other filter claims. Nest's own handlers log the whole error object, and a
 * failed query's error carries the statement's parameters (a new user's password hash, a coach's
 * private notes) and PostgreSQL's `detail` ("Failing row contains …"). Here only the stack
 * (name, message, frames) is logged: in GraphQL the error goes on to the error formatter, which
 * logs that stack once and answers an opaque INTERNAL_SERVER_ERROR; on a plain HTTP route it is
 * logged here and answered with an opaque 500.
 */
@Catch()
export class UnexpectedErrorFilter extends BaseExceptionFilter {
  private readonly domain = new DomainErrorFilter();

  override catch(error: unknown, host: ArgumentsHost): unknown {
    if (error instanceof DomainError) return this.domain.catch(error, host);
    if (host.getType() !== 'http') return error;
    if (error instanceof HttpException) return super.catch(error, host);
    const response = host.switchToHttp().getResponse<Response>();
    // A client's mistake caught by body-parser and the like: its error holds the raw body.
    const status = clientErrorStatus(error);
    if (!status) log.error(describeError(error));
    if (response.headersSent) response.end();
    else if (status) response.status(status).json({ statusCode: status, message: (error as Error).message });
    else response.status(500).json({ statusCode: 500, message: 'Internal server error' });
    return undefined;
  }
}

/** The stack of an error (or its name and message), never its other properties. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return typeof error === 'string' ? error : 'Non-error value thrown';
}

/** Errors from body-parser and the like (http-errors): the 4xx status the client caused. */
function clientErrorStatus(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 && error instanceof Error ? status : undefined;
}
