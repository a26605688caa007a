import { ApplicationRef, computed, resource } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode } from '@debrief/shared/domain';
import { ApiError, OFFLINE_MESSAGE } from './api-error';
import { apiResource, loadFailure } from './api-resource';

function graphqlError(code: string) {
  return new CombinedGraphQLErrors({ errors: [{ message: 'internal detail', extensions: { code } }] });
}

async function settle(): Promise<void> {
  await TestBed.inject(ApplicationRef).whenStable();
}

describe('apiResource', () => {
  it('Angular’s own resource throws on value() once the load failed (why pages hung on "Loading…")', async () => {
    const ref = TestBed.runInInjectionContext(() => resource({ loader: () => Promise.reject(graphqlError(ErrorCode.NotFound)) }));
    await settle();
    expect(() => ref.value()).toThrow();
  });

  it('reads undefined instead of throwing, so a computed over it keeps working, and classifies NOT_FOUND', async () => {
    const ref = TestBed.runInInjectionContext(() => apiResource({ loader: () => Promise.reject<{ name: string }>(graphqlError(ErrorCode.NotFound)) }));
    const name = computed(() => ref.value()?.name ?? 'none');
    await settle();
    expect(ref.status()).toBe('error');
    expect(name()).toBe('none');
    expect(ref.hasValue()).toBe(false);
    expect(ref.failure()?.kind).toBe('not-found');
    expect(ref.apiError()?.code).toBe(ErrorCode.NotFound);
  });

  it('gives the default value on error and keeps set/update/reload working', async () => {
    let fail = true;
    const ref = TestBed.runInInjectionContext(() =>
      apiResource({ defaultValue: [] as string[], loader: () => (fail ? Promise.reject(graphqlError(ErrorCode.Forbidden)) : Promise.resolve(['a'])) }),
    );
    await settle();
    expect(ref.value()).toEqual([]);
    expect(ref.failure()?.kind).toBe('forbidden');
    fail = false;
    ref.reload();
    await settle();
    expect(ref.value()).toEqual(['a']);
    expect(ref.failure()).toBeNull();
    ref.update((list) => [...list, 'b']);
    expect(ref.value()).toEqual(['a', 'b']);
  });
});

describe('loadFailure', () => {
  it('treats a malformed id (BAD_USER_INPUT) like a missing record', () => {
    expect(loadFailure(graphqlError(ErrorCode.BadUserInput)).kind).toBe('not-found');
  });
  it('says "offline" when nothing answered, with a message to check the connection', () => {
    const failure = loadFailure(new TypeError('Failed to fetch'));
    expect(failure).toEqual({ kind: 'offline', message: OFFLINE_MESSAGE });
  });
  it('keeps other failures as errors with the generic message', () => {
    expect(loadFailure(new ApiError(ErrorCode.InternalServerError, 'Something went wrong. Please try again.')).kind).toBe('error');
  });
});
