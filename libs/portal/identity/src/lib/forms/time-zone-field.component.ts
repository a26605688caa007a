import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { startWith, switchMap } from 'rxjs';
import { filterTimeZones } from './time-zone-filter';

/** A time-zone text field with autocomplete over the browser's IANA zones, bound to a FormControl. */
@Component({
  selector: 'db-time-zone-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatAutocompleteModule, MatFormFieldModule, MatInputModule],
  template: `
    <mat-form-field>
      <mat-label>{{ label() }}</mat-label>
      <input matInput [formControl]="control()" [matAutocomplete]="zones" autocomplete="off" />
      <mat-hint>Type a city, e.g. “New York” or “Berlin”.</mat-hint>
      <mat-autocomplete #zones="matAutocomplete">
        @for (zone of options(); track zone) {
          <mat-option [value]="zone">{{ zone }}</mat-option>
        }
      </mat-autocomplete>
      @if (control().hasError('required')) {
        <mat-error>Choose a time zone.</mat-error>
      } @else if (control().hasError('timeZone')) {
        <mat-error>Choose a time zone from the list, like Europe/Berlin.</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class TimeZoneFieldComponent {
  readonly control = input.required<FormControl<string>>();
  readonly label = input('Time zone');

  private readonly value = toSignal(
    toObservable(this.control).pipe(switchMap((control) => control.valueChanges.pipe(startWith(control.value)))),
    { initialValue: '' },
  );
  protected readonly options = computed(() => filterTimeZones(this.value() ?? ''));
}
