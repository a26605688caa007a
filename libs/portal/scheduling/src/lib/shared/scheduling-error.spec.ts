import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { GENERIC_ERROR_MESSAGE } from '@debrief/portal/core';
import { ErrorCode } from '@debrief/shared/domain';
import { SchedulingError, toSchedulingError } from './scheduling-error';

const refused = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('toSchedulingError', () => {
  it('keeps SLOT_TAKEN’s next free times', () => {
    const error = toSchedulingError(
      refused('That slot was just taken. Here are the next free ones.', {
        code: 'CONFLICT',
        reason: 'SLOT_TAKEN',
        nextFree: ['2026-11-24T15:00:00.000Z', 42],
      }),
    );
    expect(error).toBeInstanceOf(SchedulingError);
    expect(error.code).toBe(ErrorCode.Conflict);
    expect(error.reason).toBe('SLOT_TAKEN');
    expect(error.nextFree).toEqual(['2026-11-24T15:00:00.000Z']);
    expect(error.message).toBe('That slot was just taken. Here are the next free ones.');
  });

  it('shows the API’s message for FORBIDDEN refusals, which the core would hide', () => {
    const message = 'Less than 24 hours remain before this session, so only career center staff can change it now.';
    const error = toSchedulingError(refused(message, { code: 'FORBIDDEN', reason: 'AFTER_CUTOFF', cutoffHours: 24 }));
    expect(error.reason).toBe('AFTER_CUTOFF');
    expect(error.message).toBe(message);
  });

  it('keeps every problem with a list of ranges', () => {
    const error = toSchedulingError(
      refused('ranges.1: start (10:00) must be before end (09:00)', {
        code: 'BAD_USER_INPUT',
        field: 'ranges.1',
        problems: [{ index: 1, message: 'start (10:00) must be before end (09:00)' }, { index: 'x' }],
      }),
    );
    expect(error.field).toBe('ranges.1');
    expect(error.problems).toEqual([{ index: 1, message: 'start (10:00) must be before end (09:00)' }]);
  });

  it('falls back to the generic message for internal errors and network failures', () => {
    expect(toSchedulingError(refused('stack', { code: 'INTERNAL_SERVER_ERROR' })).message).toBe(GENERIC_ERROR_MESSAGE);
    const offline = toSchedulingError(new TypeError('Failed to fetch'));
    expect(offline.code).toBe(ErrorCode.InternalServerError);
    expect(offline.reason).toBeNull();
  });
});
