import { AbstractControl, ValidationErrors } from '@angular/forms';

/** A list control must not repeat a value: `{ distinct: true }` otherwise. */
export function distinctValidator(control: AbstractControl<readonly unknown[] | null>): ValidationErrors | null {
  const values = control.value ?? [];
  return new Set(values).size === values.length ? null : { distinct: true };
}
