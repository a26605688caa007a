import { ValidatorFn } from '@angular/forms';

/**
 * The control must repeat its sibling `otherName` (e.g. "confirm password"). Re-run it when the
 * sibling changes: `other.valueChanges.subscribe(() => control.updateValueAndValidity())`.
 */
export function matches(otherName: string): ValidatorFn {
  return (control) => {
    const other = control.parent?.get(otherName);
    return other && control.value && control.value !== other.value ? { mismatch: true } : null;
  };
}
