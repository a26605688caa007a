import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { plural } from './format';

/** Whole numbers only (number inputs accept 1.5 and 1e3); empty is left to `required`. */
export const integerValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value = control.value;
  if (value === null || value === '' || value === undefined) return null;
  return Number.isInteger(Number(value)) ? null : { integer: true };
};

/** Text that is more than whitespace. */
export const notBlankValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  typeof control.value === 'string' && control.value.trim() === '' ? { required: true } : null;

/** The first message for a number field's usual errors: required, whole number, min, max ("minute": the unit, singular). */
export function numberMessage(errors: ValidationErrors, unit: string): string | null {
  if (errors['required']) return 'Enter a number.';
  if (errors['integer']) return 'Use a whole number.';
  if (errors['min']) return `Use at least ${plural(errors['min'].min, unit)}.`;
  if (errors['max']) return `Use at most ${plural(errors['max'].max, unit)}.`;
  return null;
}
