import { computed, resource, ResourceOptions, ResourceRef, Signal, WritableSignal } from '@angular/core';
import { ErrorCode } from '@debrief/shared/domain';
import { ApiError, toApiError } from './api-error';

/** How a page load failed, in the terms a page shows: what happened, and the words for it. */
export type LoadFailureKind = 'not-found' | 'forbidden' | 'offline' | 'error';
export interface LoadFailure {
  kind: LoadFailureKind;
  message: string;
}

/** An Angular resource whose value reads never throw, with its failure classified for the page. */
export interface ApiResourceRef<T> extends ResourceRef<T> {
  hasValue(this: T extends undefined ? this : never): this is ApiResourceRef<Exclude<T, undefined>>;
  hasValue(): boolean;
  /** The failure as an ApiError, or null while there is none. */
  readonly apiError: Signal<ApiError | null>;
  /** What the page should say about the failure (db-page-state shows it), or null. */
  readonly failure: Signal<LoadFailure | null>;
}

/**
 * `resource()` for API loads. Angular's `value()` throws while a resource is in its error state,
 * so a template or computed that reads it (`booking.value()?.student`) stops rendering and the
 * page stays on "Loading…" although the API answered NOT_FOUND or FORBIDDEN. Here `value()`
 * gives the default value (undefined) instead, and `failure()` says whether the thing is not
 * there, not the viewer's, unreachable (offline) or broken, for `<db-page-state [resource]>`.
 */
export function apiResource<T, R>(options: ResourceOptions<T, R> & { defaultValue: NoInfer<T> }): ApiResourceRef<T>;
export function apiResource<T, R>(options: ResourceOptions<T, R>): ApiResourceRef<T | undefined>;
export function apiResource<T, R>(options: ResourceOptions<T, R>): ApiResourceRef<T | undefined> {
  const inner = resource(options) as ResourceRef<T | undefined>;
  const raw = inner.value;
  const safe = computed(() => (inner.status() === 'error' ? options.defaultValue : raw())) as unknown as WritableSignal<T | undefined>;
  Object.assign(safe, { set: raw.set.bind(raw), update: raw.update.bind(raw), asReadonly: () => safe });
  const apiError = computed(() => (inner.status() === 'error' ? toApiError(inner.error()) : null));
  const failure = computed(() => {
    const error = apiError();
    return error ? loadFailure(error) : null;
  });
  return new Proxy(inner, {
    get(target, property, receiver) {
      if (property === 'value') return safe;
      if (property === 'apiError') return apiError;
      if (property === 'failure') return failure;
      return Reflect.get(target, property, receiver);
    },
  }) as ApiResourceRef<T | undefined>;
}

/** Classifies a failed load: an unknown or malformed id is "not found", like a missing record. */
export function loadFailure(error: unknown): LoadFailure {
  const apiError = toApiError(error);
  switch (apiError.code) {
    case ErrorCode.NotFound:
    case ErrorCode.BadUserInput:
      return { kind: 'not-found', message: 'It may have been removed, or the link is wrong.' };
    case ErrorCode.Forbidden:
      return { kind: 'forbidden', message: 'This belongs to someone else, or your role cannot open it.' };
    default:
      return { kind: apiError.network ? 'offline' : 'error', message: apiError.message };
  }
}
