import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { ReasonData, ReasonDialog } from './reason.dialog';

const data: ReasonData = {
  title: 'Cancel this session?',
  message: 'Coding mock interview with Priya Raman.',
  label: 'Reason for cancelling',
  hint: 'Kept in the session’s history.',
  confirm: 'Cancel session',
};

describe('ReasonDialog', () => {
  const ref = { close: jest.fn() };

  async function render() {
    ref.close.mockReset();
    TestBed.configureTestingModule({
      imports: [ReasonDialog],
      providers: [
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: ref },
      ],
    });
    const fixture = TestBed.createComponent(ReasonDialog);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const textarea = el.querySelector('textarea') as HTMLTextAreaElement;
    const submit = async () => {
      const form = el.querySelector('form') as HTMLFormElement;
      const event = new Event('submit', { cancelable: true });
      form.dispatchEvent(event);
      await fixture.whenStable();
      return event;
    };
    return { fixture, el, textarea, submit };
  }

  it('asks with a labelled, required field', async () => {
    const { el } = await render();
    expect(el.querySelector('h2')?.textContent).toBe('Cancel this session?');
    expect(el.querySelector('mat-label')?.textContent).toBe('Reason for cancelling');
    expect(el.querySelector('textarea')?.required).toBe(true);
  });

  it('refuses an empty or blank reason, without reloading the page', async () => {
    const { el, textarea, submit, fixture } = await render();
    textarea.value = '   ';
    textarea.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    const event = await submit();
    expect(event.defaultPrevented).toBe(true);
    expect(ref.close).not.toHaveBeenCalled();
    expect(el.querySelector('mat-error')?.textContent?.trim()).toBe('Enter a reason.');
  });

  it('closes with the trimmed reason', async () => {
    const { textarea, submit, fixture } = await render();
    textarea.value = '  Coach is ill ';
    textarea.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    await submit();
    expect(ref.close).toHaveBeenCalledWith('Coach is ill');
  });
});
