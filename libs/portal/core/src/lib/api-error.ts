import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorCode } from '@debrief/shared/domain';
import type { GraphQLFormattedError } from 'graphql';
import { fieldText, formText } from './people-words';

export const GENERIC_ERROR_MESSAGE = 'Something went wrong. Please try again.';
export const OFFLINE_MESSAGE = 'Could not reach Debrief. Check your connection, then try again.';
const TOO_MANY_REQUESTS_MESSAGE = 'Too many attempts. Please wait a moment and try again.';

/** Codes whose server message is written for the user; every other code gets the generic text. */
const USER_FACING: ReadonlySet<ErrorCode> = new Set([
  ErrorCode.BadUserInput,
  ErrorCode.Conflict,
  ErrorCode.TooManyRequests,
]);
const KNOWN_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));

/** One problem with one entry of a list the API checked (e.g. weekly hours: the range's index). */
export interface InputProblem {
  index: number;
  message: string;
}

/**
 * A failed API call, reduced to what the portal shows: a GraphQL error code, a display message,
 * for invalid input the input field the API named (so a form can put the message on that field),
 * and the error's other GraphQL extensions (why it was refused, what to try instead).
 */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** The GraphQL error's extensions besides its code (reason, nextFree, problems, …). */
    readonly extensions: Readonly<Record<string, unknown>> = {},
    /** The server's own message when `message` is the generic one (e.g. FORBIDDEN), for pages that show it. */
    readonly serverMessage?: string,
    /** True when no answer came back at all (offline, server down), not when the server refused. */
    readonly network = false,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /**
   * The message for under the field the API named, without the field's name or path (the field's
   * label says it): "Must be on or after start date." Above a form, use `message`.
   */
  get fieldMessage(): string {
    return this.code === ErrorCode.BadUserInput ? fieldText(this.serverMessage ?? this.message) : this.message;
  }

  /** Why the API refused (SLOT_TAKEN, CAP_REACHED, AFTER_CUTOFF, …), when it said. */
  get reason(): string | null {
    const reason = this.extensions['reason'];
    return typeof reason === 'string' ? reason : null;
  }

  /** Other starts the API offered with a refusal (ISO instants). */
  get nextFree(): string[] {
    const value = this.extensions['nextFree'];
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  }

  /** Every problem the API found with the entries of a list input. */
  get problems(): InputProblem[] {
    const value = this.extensions['problems'];
    if (!Array.isArray(value)) return [];
    return value.flatMap((item: unknown) => {
      const problem = item as Partial<InputProblem> | null;
      return problem && typeof problem.index === 'number' && typeof problem.message === 'string' ? [{ index: problem.index, message: problem.message }] : [];
    });
  }
}

/** Turns whatever an API call threw (GraphQL errors, HTTP errors, network failures) into an ApiError. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const first = graphqlErrors(error)[0];
  if (first) return fromGraphqlError(first);
  if (ServerError.is(error) && error.statusCode === 429) {
    return new ApiError(ErrorCode.TooManyRequests, TOO_MANY_REQUESTS_MESSAGE);
  }
  if (ServerError.is(error)) return new ApiError(ErrorCode.InternalServerError, GENERIC_ERROR_MESSAGE);
  // fetch() rejects with a TypeError when nothing answered: offline, DNS, the server is down.
  if (isNetworkFailure(error)) return new ApiError(ErrorCode.InternalServerError, OFFLINE_MESSAGE, undefined, {}, undefined, true);
  return new ApiError(ErrorCode.InternalServerError, GENERIC_ERROR_MESSAGE);
}

function isNetworkFailure(error: unknown): boolean {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return true;
  return error instanceof TypeError && /fetch|network|load failed/i.test(error.message);
}

function fromGraphqlError(error: GraphQLFormattedError): ApiError {
  const { code: raw, ...extensions } = error.extensions ?? {};
  const code = typeof raw === 'string' && KNOWN_CODES.has(raw) ? (raw as ErrorCode) : ErrorCode.InternalServerError;
  if (code === ErrorCode.InternalServerError) return new ApiError(code, GENERIC_ERROR_MESSAGE);
  if (!USER_FACING.has(code)) return new ApiError(code, GENERIC_ERROR_MESSAGE, undefined, extensions, error.message?.trim() || undefined);
  const fallback = code === ErrorCode.TooManyRequests ? TOO_MANY_REQUESTS_MESSAGE : GENERIC_ERROR_MESSAGE;
  const field = extensions['field'];
  const named = code === ErrorCode.BadUserInput && typeof field === 'string' && field ? field : undefined;
  const said = error.message?.trim();
  // Invalid input is described for people (no input paths, no validator jargon); the raw text stays in serverMessage.
  if (code === ErrorCode.BadUserInput && said && formText(said) !== said) return new ApiError(code, formText(said), named, extensions, said);
  return new ApiError(code, said || fallback, named, extensions);
}

/** GraphQL errors from a 200 response, or from the JSON body of a non-2xx response. */
function graphqlErrors(error: unknown): readonly GraphQLFormattedError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: GraphQLFormattedError[] };
      return Array.isArray(body.errors) ? body.errors : [];
    } catch {
      return [];
    }
  }
  return [];
}

/** The display message for a failure, or null when there is none (handy with `resource().error()`). */
export function errorMessage(error: unknown): string | null {
  return error == null ? null : toApiError(error).message;
}
