import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorCode } from '@debrief/shared/domain';
import { ApiError, GENERIC_ERROR_MESSAGE, OFFLINE_MESSAGE, toApiError } from './api-error';

function graphqlError(code: string, message: string) {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions: { code } }] });
}

function serverError(status: number, body: string) {
  return new ServerError(`Received status code ${status}`, {
    response: { status } as Response,
    bodyText: body,
  });
}

describe('toApiError', () => {
  it.each([ErrorCode.BadUserInput, ErrorCode.Conflict, ErrorCode.TooManyRequests])(
    'shows the server message for %s',
    (code) => {
      expect(toApiError(graphqlError(code, 'Email is already taken'))).toEqual(
        new ApiError(code, 'Email is already taken'),
      );
    },
  );

  it.each([ErrorCode.Forbidden, ErrorCode.NotFound, ErrorCode.Unauthenticated, ErrorCode.InternalServerError])(
    'keeps the code but hides the server message for %s',
    (code) => {
      const error = toApiError(graphqlError(code, 'stack trace or internal detail'));
      expect(error.code).toBe(code);
      expect(error.message).toBe(GENERIC_ERROR_MESSAGE);
    },
  );

  it('keeps the extensions (reason, next free starts, per-entry problems) and a hidden server message', () => {
    const conflict = toApiError(
      new CombinedGraphQLErrors({
        errors: [{ message: 'That slot was just taken.', extensions: { code: 'CONFLICT', reason: 'SLOT_TAKEN', nextFree: ['2026-11-24T15:00:00.000Z', 42] } }],
      }),
    );
    expect({ reason: conflict.reason, nextFree: conflict.nextFree }).toEqual({ reason: 'SLOT_TAKEN', nextFree: ['2026-11-24T15:00:00.000Z'] });
    const hours = toApiError(
      new CombinedGraphQLErrors({
        errors: [{ message: 'Tuesday 09:00–12:00 overlaps 11:00–13:00', extensions: { code: 'BAD_USER_INPUT', field: 'ranges.1', problems: [{ index: 1, message: 'x' }, { index: 'no' }] } }],
      }),
    );
    expect({ field: hours.field, problems: hours.problems }).toEqual({ field: 'ranges.1', problems: [{ index: 1, message: 'x' }] });
    const forbidden = toApiError(
      new CombinedGraphQLErrors({ errors: [{ message: 'Only staff now.', extensions: { code: 'FORBIDDEN', reason: 'AFTER_CUTOFF' } }] }),
    );
    expect(forbidden).toMatchObject({ message: GENERIC_ERROR_MESSAGE, serverMessage: 'Only staff now.', reason: 'AFTER_CUTOFF' });
    const internal = toApiError(new CombinedGraphQLErrors({ errors: [{ message: 'secret', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['x'] } }] }));
    expect({ extensions: internal.extensions, serverMessage: internal.serverMessage, reason: internal.reason }).toEqual({ extensions: {}, serverMessage: undefined, reason: null });
  });

  it('treats an unknown code as an internal error', () => {
    expect(toApiError(graphqlError('GRAPHQL_VALIDATION_FAILED', 'Cannot query field')).code).toBe(
      ErrorCode.InternalServerError,
    );
  });

  it('keeps the field an invalid-input error names, and only for invalid input', () => {
    const named = (code: string) =>
      new CombinedGraphQLErrors({ errors: [{ message: 'headline: too long', extensions: { code, field: 'headline' } }] });
    expect(toApiError(named(ErrorCode.BadUserInput)).field).toBe('headline');
    expect(toApiError(named(ErrorCode.Conflict)).field).toBeUndefined();
    expect(toApiError(graphqlError(ErrorCode.BadUserInput, 'Invalid')).field).toBeUndefined();
  });

  it('reads GraphQL errors from the body of a non-2xx response', () => {
    const body = JSON.stringify({ errors: [{ message: 'Password is too short', extensions: { code: 'BAD_USER_INPUT' } }] });
    expect(toApiError(serverError(400, body))).toEqual(new ApiError(ErrorCode.BadUserInput, 'Password is too short'));
  });

  it('turns a bare 429 into a friendly too-many-requests error', () => {
    const error = toApiError(serverError(429, 'Too Many Requests'));
    expect(error.code).toBe(ErrorCode.TooManyRequests);
    expect(error.message).toMatch(/wait/i);
  });

  it('tells the user a network failure is their connection (no answer at all), not a generic error', () => {
    const error = toApiError(new TypeError('Failed to fetch'));
    expect(error.message).toBe(OFFLINE_MESSAGE);
    expect(error.network).toBe(true);
  });

  it('passes an ApiError through unchanged', () => {
    const error = new ApiError(ErrorCode.Conflict, 'Taken');
    expect(toApiError(error)).toBe(error);
  });
  it('words invalid input for people: no input path, no validator jargon (the raw text kept aside)', () => {
    const raw = 'starEntries: score at least one answer before sharing';
    const error = toApiError(new CombinedGraphQLErrors({ errors: [{ message: raw, extensions: { code: ErrorCode.BadUserInput, field: 'starEntries' } }] }));
    expect(error.message).toBe('Score at least one answer before sharing.');
    expect(error.field).toBe('starEntries');
    expect(error.serverMessage).toBe(raw);
    const uuid = toApiError(graphqlError(ErrorCode.BadUserInput, 'id must be a UUID.'));
    expect(uuid.message).not.toMatch(/UUID/);
    const dates = toApiError(graphqlError(ErrorCode.BadUserInput, 'endDate: must be on or after startDate'));
    expect(dates.fieldMessage).toBe('Must be on or after start date.');
  });
});
