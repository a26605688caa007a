import { Component, viewChild } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ErrorCode } from '@debrief/shared/domain';
import { placeApiError, resetAfterSave } from './form-errors';

@Component({
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule],
  template: `
    <form [formGroup]="form" (ngSubmit)="(0)">
      <mat-form-field>
        <mat-label>Start date</mat-label>
        <input matInput formControlName="startDate" />
        <mat-error>{{ form.controls.startDate.errors?.['server'] ?? 'Enter a date.' }}</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>End date</mat-label>
        <input matInput formControlName="endDate" />
        <mat-error>{{ form.controls.endDate.errors?.['server'] ?? 'Enter a date.' }}</mat-error>
      </mat-form-field>
      <button type="submit">Add</button>
    </form>
  `,
})
class FormHost {
  readonly form = new FormGroup({
    startDate: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    endDate: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  readonly directive = viewChild.required(FormGroupDirective);
}

function badInput(message: string, field: string) {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions: { code: ErrorCode.BadUserInput, field } }] });
}

describe('form errors', () => {
  async function submittedForm() {
    const fixture = TestBed.createComponent(FormHost);
    await fixture.whenStable();
    const host = fixture.componentInstance;
    host.form.setValue({ startDate: '2026-12-24', endDate: '2026-12-26' });
    (fixture.nativeElement as HTMLElement).querySelector('button')?.click();
    await fixture.whenStable();
    return { fixture, host, el: fixture.nativeElement as HTMLElement };
  }
  const invalidFields = (el: HTMLElement) => el.querySelectorAll('.mat-form-field-invalid').length;

  it('plain form.reset() after a save leaves the emptied required fields red (the bug)', async () => {
    const { fixture, host, el } = await submittedForm();
    host.form.reset();
    fixture.detectChanges();
    expect(invalidFields(el)).toBe(2);
  });

  it('resetAfterSave empties the form with no field in error', async () => {
    const { fixture, host, el } = await submittedForm();
    resetAfterSave(host.form, host.directive());
    fixture.detectChanges();
    expect(host.form.getRawValue()).toEqual({ startDate: '', endDate: '' });
    expect(invalidFields(el)).toBe(0);
    expect(host.directive().submitted).toBe(false);
  });

  it('puts the API message, in people words, under the field its path names', async () => {
    const { fixture, host, el } = await submittedForm();
    const above = placeApiError(host.form, badInput('endDate: must be on or after startDate', 'input.endDate'), { host: el });
    fixture.detectChanges();
    expect(above).toBeNull();
    expect(host.form.controls.endDate.errors?.['server']).toBe('Must be on or after start date.');
    expect(el.querySelector('mat-error')?.textContent).toContain('Must be on or after start date.');
    expect(document.activeElement).toBe(el.querySelector('[formcontrolname="endDate"]'));
  });

  it('returns the message for above the form when no field matches', async () => {
    const { host } = await submittedForm();
    expect(placeApiError(host.form, badInput('starEntries: score at least one answer before sharing', 'starEntries'))).toBe('Score at least one answer before sharing.');
  });
});
