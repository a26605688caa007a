import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ApiError, GENERIC_ERROR_MESSAGE, toApiError } from '@debrief/portal/core';
import { ErrorCode } from '@debrief/shared/domain';
import { schedulingFailure } from './scheduling-error';

const refused = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('schedulingFailure', () => {
  it('keeps SLOT_TAKEN’s next free times (through the core ApiError)', () => {
    const error = schedulingFailure(
      refused('That slot was just taken. Here are the next free ones.', {
        code: 'CONFLICT',
        reason: 'SLOT_TAKEN',
        nextFree: ['2026-11-24T15:00:00.000Z', 42],
      }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe(ErrorCode.Conflict);
    expect(error.reason).toBe('SLOT_TAKEN');
    expect(error.nextFree).toEqual(['2026-11-24T15:00:00.000Z']);
    expect(error.message).toBe('That slot was just taken. Here are the next free ones.');
  });

  it('shows the API’s message for FORBIDDEN refusals, which the core hides, also when GraphqlClient already converted it', () => {
    const message = 'Less than 24 hours remain before this session, so only career center staff can change it now.';
    const raw = refused(message, { code: 'FORBIDDEN', reason: 'AFTER_CUTOFF', cutoffHours: 24 });
    expect(toApiError(raw).message).toBe(GENERIC_ERROR_MESSAGE);
    for (const error of [schedulingFailure(raw), schedulingFailure(toApiError(raw))]) {
      expect({ reason: error.reason, message: error.message }).toEqual({ reason: 'AFTER_CUTOFF', message });
    }
  });

  it('keeps every problem with a list of ranges', () => {
    const error = schedulingFailure(
      refused('Monday: start (10:00) must be before end (09:00)', {
        code: 'BAD_USER_INPUT',
        field: 'ranges.1',
        problems: [{ index: 1, message: 'Monday: start (10:00) must be before end (09:00)' }, { index: 'x' }],
      }),
    );
    expect(error.field).toBe('ranges.1');
    expect(error.problems).toEqual([{ index: 1, message: 'Monday: start (10:00) must be before end (09:00)' }]);
  });

  it('falls back to the generic message for internal errors and network failures', () => {
    expect(schedulingFailure(refused('stack', { code: 'INTERNAL_SERVER_ERROR' })).message).toBe(GENERIC_ERROR_MESSAGE);
    const offline = schedulingFailure(new TypeError('Failed to fetch'));
    expect(offline.code).toBe(ErrorCode.InternalServerError);
    expect(offline.reason).toBeNull();
  });
});
