import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ApiError, toApiError } from '@debrief/portal/core';
import { ErrorCode } from '@debrief/shared/domain';
import type { GraphQLFormattedError } from 'graphql';

/** One problem with one entry of a list the API checked (weekly hours: the range's index). */
export interface InputProblem {
  index: number;
  message: string;
}

/**
 * A refused scheduling call with what the API said about why: `reason` (SLOT_TAKEN, CAP_REACHED,
 * NO_SHOW_BLOCK, AFTER_CUTOFF, …), the next free starts offered with SLOT_TAKEN, and every
 * problem it found with a list of ranges. The core ApiError keeps only code and message.
 */
export class SchedulingError extends ApiError {
  constructor(
    code: ErrorCode,
    message: string,
    field: string | undefined,
    readonly reason: string | null = null,
    readonly nextFree: readonly string[] = [],
    readonly problems: readonly InputProblem[] = [],
  ) {
    super(code, message, field);
    this.name = 'SchedulingError';
  }
}

/** Codes whose scheduling messages are written for the user although the core hides them. */
const ALSO_SHOWN: ReadonlySet<ErrorCode> = new Set([ErrorCode.Forbidden]);

export function toSchedulingError(error: unknown): SchedulingError {
  if (error instanceof SchedulingError) return error;
  const base = toApiError(error);
  const first = graphqlErrors(error)[0];
  const extensions = first?.extensions ?? {};
  const reason = typeof extensions['reason'] === 'string' ? extensions['reason'] : null;
  const serverMessage = first?.message?.trim();
  const message = serverMessage && ALSO_SHOWN.has(base.code) ? serverMessage : base.message;
  return new SchedulingError(base.code, message, base.field, reason, strings(extensions['nextFree']), problems(extensions['problems']));
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function problems(value: unknown): InputProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    const problem = item as Partial<InputProblem> | null;
    return problem && typeof problem.index === 'number' && typeof problem.message === 'string'
      ? [{ index: problem.index, message: problem.message }]
      : [];
  });
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
