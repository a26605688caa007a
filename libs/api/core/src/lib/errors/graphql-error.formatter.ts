import { BadRequestException, HttpException, Logger } from '@nestjs/common';
import { ErrorCode } from '@debrief/shared/domain';
import { GraphQLFormattedError } from 'graphql';
import { fromDatabaseError } from './database-error.mapping';
import { DomainError } from './domain.error';

/** Codes graphql-js and Apollo use for requests that do not fit the schema: all user input. */
const INPUT_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE']);
/** Apollo's automatic persisted queries protocol: the client reacts to these codes, so they stay as they are. */
const PROTOCOL_CODES = new Set(['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED']);
const log = new Logger('GraphQL');

interface WithOriginal {
  originalError?: unknown;
}

/**
 * Apollo's `formatError`: domain errors keep their code and message, schema mismatches become
 * BAD_USER_INPUT naming the field, and everything unexpected becomes an opaque
 * INTERNAL_SERVER_ERROR. No stack trace leaves the server, in any mode: the log has them.
 * Extensions are rebuilt from scratch, so nothing Apollo or a library adds (stacktrace) passes.
 */
export function createGraphqlErrorFormatter() {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrap(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (original instanceof DomainError) {
      return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
    }
    if (original instanceof BadRequestException) {
      return { ...base, ...validationFailure(original), locations: formatted.locations, path: formatted.path };
    }
    if (original instanceof HttpException) {
      return { ...base, message: original.message, extensions: { code: httpCode(original.getStatus()) } };
    }
    const refused = fromDatabaseError(original);
    if (refused) {
      // A value the input validation let through: worth fixing there, so say where, without values.
      log.warn(`The database refused a value of ${formatted.path?.join('.') ?? 'an operation'}: ${refused.code} ${JSON.stringify(refused.details)}`);
      return { ...base, message: refused.message, extensions: { code: refused.code, ...refused.details } };
    }
    const code = String(formatted.extensions?.['code'] ?? '');
    if (INPUT_CODES.has(code)) {
      const field = formatted.extensions?.['field'];
      return { ...base, extensions: { code: ErrorCode.BadUserInput, ...(typeof field === 'string' ? { field } : fieldOf(formatted.message)) } };
    }
    if (PROTOCOL_CODES.has(code)) return { message: formatted.message, extensions: { code } };
    log.error(original instanceof Error ? (original.stack ?? original.message) : formatted.message);
    return {
      message: 'Something went wrong on our side. Please try again.',
      path: formatted.path,
      extensions: { code: ErrorCode.InternalServerError },
    };
  };
}

function unwrap(error: unknown): unknown {
  let current = error;
  for (let i = 0; i < 5 && current && typeof current === 'object' && (current as WithOriginal).originalError; i++) {
    current = (current as WithOriginal).originalError;
  }
  return current;
}

/** class-validator failures from the ValidationPipe: name the first field and list them all. */
function validationFailure(error: BadRequestException) {
  const response = error.getResponse() as { message?: string | string[] };
  const messages = Array.isArray(response.message) ? response.message : [response.message ?? error.message];
  const first = messages[0] ?? 'Invalid input.';
  return {
    message: messages.join('; '),
    extensions: { code: ErrorCode.BadUserInput, field: first.split(' ')[0], problems: messages },
  };
}

function httpCode(status: number): ErrorCode {
  if (status === 401) return ErrorCode.Unauthenticated;
  if (status === 403) return ErrorCode.Forbidden;
  if (status === 404) return ErrorCode.NotFound;
  if (status === 409) return ErrorCode.Conflict;
  if (status === 429) return ErrorCode.TooManyRequests;
  return status < 500 ? ErrorCode.BadUserInput : ErrorCode.InternalServerError;
}

/** graphql-js names the offending field in quotes: `Field "foo" is not defined by type "X"`. */
function fieldOf(message: string): { field?: string } {
  const at = /at "([^"]+)"/.exec(message) ?? /[Ff]ield "([^"]+)"/.exec(message) ?? /"\$?([A-Za-z_][\w.]*)"/.exec(message);
  return at ? { field: at[1] } : {};
}
