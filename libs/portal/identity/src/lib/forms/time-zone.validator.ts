import { ValidatorFn } from '@angular/forms';
import { isValidTimeZone } from '@debrief/shared/util-time';

/** An IANA time zone the browser knows; empty values are left to `Validators.required`. */
export const timeZoneValidator: ValidatorFn = (control) =>
  !control.value || isValidTimeZone(control.value) ? null : { timeZone: true };
