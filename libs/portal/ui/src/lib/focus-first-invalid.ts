/**
 * After a rejected submit, moves focus to the first invalid field inside `host`, so keyboard and
 * screen-reader users land on the error instead of having to hunt for it.
 */
export function focusFirstInvalid(host: HTMLElement): void {
  host.querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid')?.focus();
}
