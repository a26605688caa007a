import { ApiError, toApiError } from '@debrief/portal/core';
import { ErrorCode } from '@debrief/shared/domain';

/**
 * A failed scheduling call as core's ApiError (which keeps the API's reason, next free starts and
 * per-range problems), except that FORBIDDEN refusals show the API's own message: scheduling's
 * refusals ("only staff can change it this close to the start") are written for the user, where
 * the core hides FORBIDDEN texts by default.
 */
export function schedulingFailure(error: unknown): ApiError {
  const failure = toApiError(error);
  if (failure.code !== ErrorCode.Forbidden || !failure.serverMessage) return failure;
  return new ApiError(failure.code, failure.serverMessage, failure.field, failure.extensions);
}
