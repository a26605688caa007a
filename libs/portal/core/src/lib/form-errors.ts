import { AbstractControl, FormGroup, FormGroupDirective } from '@angular/forms';
import { toApiError } from './api-error';

export interface PlaceErrorOptions {
  /** API input paths (or their first or last named segment) → the form's control names, where they differ. */
  fields?: Readonly<Record<string, string>>;
  /** The form's element, to move focus to the field the message is on. */
  host?: HTMLElement;
}

/**
 * Puts a failed save's message next to the field it concerns, the one way every form does it: the
 * control the API's field path names gets a `server` error holding the message for people (its
 * `<mat-error>` shows `errors.server`), is marked touched and takes focus. Returns the message to
 * show above the form when no field of this form matches, else null.
 */
export function placeApiError(form: FormGroup, error: unknown, options: PlaceErrorOptions = {}): string | null {
  const failure = toApiError(error);
  const name = failure.field ? controlFor(form, failure.field, options.fields ?? {}) : null;
  if (!name) return failure.message;
  const control = form.get(name) as AbstractControl;
  control.setErrors({ ...control.errors, server: failure.fieldMessage });
  control.markAsTouched();
  options.host?.querySelector<HTMLElement>(`[formcontrolname="${name.split('.').pop()}"], #${cssId(name)}`)?.focus();
  return null;
}

/** The control for an API path: "workshop.capacity" → capacity; "coachIds.0" → coachIds. */
function controlFor(form: FormGroup, path: string, fields: Readonly<Record<string, string>>): string | null {
  const parts = path.split('.');
  const named = parts.filter((part) => !/^\d+$/.test(part));
  const candidates = [path, ...parts.map((_, i) => parts.slice(i).join('.')), named[0], named[named.length - 1]].filter((c): c is string => !!c);
  for (const candidate of candidates) {
    const mapped = fields[candidate];
    if (mapped && form.get(mapped)) return mapped;
    if (form.get(candidate)) return candidate;
  }
  return null;
}

function cssId(name: string): string {
  return name.replace(/[^\w-]/g, '_');
}

/**
 * Empties (or refills) a form after a successful save without red errors on it. `form.reset()`
 * alone leaves the form directive "submitted", and Material shows every invalid control of a
 * submitted form as an error: the just-emptied required fields turn red right after "Saved".
 * The directive's `resetForm` clears that flag too.
 */
export function resetAfterSave<T extends FormGroup>(form: T, directive: FormGroupDirective | null | undefined, value?: Parameters<T['reset']>[0]): void {
  if (directive) directive.resetForm(value);
  else form.reset(value);
}
