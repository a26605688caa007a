import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ApiError, GraphqlClient, StaffAddClosureDocument } from '@debrief/portal/core';
import { ErrorCode } from '@debrief/shared/domain';
import { ClosureFormComponent } from './closure-form.component';

describe('ClosureFormComponent', () => {
  const client = { mutate: jest.fn() };
  const snackBar = { open: jest.fn() };

  async function render() {
    client.mutate.mockReset();
    snackBar.open.mockReset();
    TestBed.configureTestingModule({
      imports: [ClosureFormComponent],
      providers: [
        { provide: GraphqlClient, useValue: client },
        { provide: MatSnackBar, useValue: snackBar },
      ],
    });
    const fixture = TestBed.createComponent(ClosureFormComponent);
    const added = jest.fn();
    fixture.componentInstance.added.subscribe(added);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    document.body.appendChild(el);
    const field = (name: string) => el.querySelector<HTMLInputElement>(`[formcontrolname="${name}"]`) as HTMLInputElement;
    const fill = async (values: Record<string, string>) => {
      for (const [name, value] of Object.entries(values)) {
        field(name).value = value;
        field(name).dispatchEvent(new Event('input'));
        field(name).dispatchEvent(new Event('blur'));
      }
      await fixture.whenStable();
    };
    const submit = async () => {
      el.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      await fixture.whenStable();
    };
    const errors = () => [...el.querySelectorAll('mat-error')].map((e) => e.textContent?.trim());
    return { el, field, fill, submit, errors, added };
  }

  afterEach(() => document.body.replaceChildren());

  it('uses labelled date inputs', async () => {
    const { el, field } = await render();
    expect(field('startDate').type).toBe('date');
    expect(field('endDate').type).toBe('date');
    expect([...el.querySelectorAll('mat-label')].map((l) => l.textContent)).toEqual(['Start date', 'End date', 'Reason']);
  });

  it('refuses an end date before the start date, with the message on the end date', async () => {
    const { fill, submit, errors, field } = await render();
    await fill({ startDate: '2026-12-24', endDate: '2026-12-20', reason: 'Winter break' });
    await submit();
    expect(client.mutate).not.toHaveBeenCalled();
    expect(errors()).toEqual(['The end date must be on or after the start date.']);
    expect(field('endDate').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field('endDate'));
  });

  it('re-checks the end date when the start date moves', async () => {
    const { fill, errors } = await render();
    await fill({ startDate: '2026-12-24', endDate: '2026-12-20' });
    expect(errors()).toEqual(['The end date must be on or after the start date.']);
    await fill({ startDate: '2026-12-19' });
    expect(errors()).toEqual([]);
  });

  it('requires both dates and a reason', async () => {
    const { submit, errors } = await render();
    await submit();
    expect(errors()).toEqual(['Enter a date.', 'Enter a date.', 'Say why the center is closed.']);
  });

  it('adds a one-day closure with the reason trimmed and resets', async () => {
    const { fill, submit, added, field } = await render();
    const closure = { id: 'c1', startDate: '2026-11-26', endDate: '2026-11-26', reason: 'Thanksgiving' };
    client.mutate.mockResolvedValue({ addClosure: closure });
    await fill({ startDate: '2026-11-26', endDate: '2026-11-26', reason: '  Thanksgiving ' });
    await submit();
    expect(client.mutate).toHaveBeenCalledWith(StaffAddClosureDocument, {
      input: { startDate: '2026-11-26', endDate: '2026-11-26', reason: 'Thanksgiving' },
    });
    expect(added).toHaveBeenCalledWith(closure);
    expect(snackBar.open).toHaveBeenCalledWith('Added the closure from Thu 26 Nov 2026.', undefined, { duration: 4000 });
    expect(field('reason').value).toBe('');
  });

  it('puts an API error on the field it names', async () => {
    const { fill, submit, errors } = await render();
    client.mutate.mockRejectedValue(new ApiError(ErrorCode.BadUserInput, 'endDate: must be on or after startDate', 'endDate'));
    await fill({ startDate: '2026-11-26', endDate: '2026-11-27', reason: 'Thanksgiving' });
    await submit();
    expect(errors()).toEqual(['Must be on or after start date.']);
  });
});
