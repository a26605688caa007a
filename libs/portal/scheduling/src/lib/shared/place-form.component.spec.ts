import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ApiError } from '@debrief/portal/core';
import { ErrorCode } from '@debrief/shared/domain';
import { PlaceFormComponent } from './place-form.component';

@Component({
  imports: [PlaceFormComponent],
  template: `<db-place-form label="Your meeting link" [value]="value()" [save]="save" />`,
})
class HostComponent {
  readonly value = signal<string | null>(null);
  readonly save = jest.fn<Promise<void>, [string]>();
}

describe('PlaceFormComponent', () => {
  async function render() {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const input = el.querySelector('input') as HTMLInputElement;
    const type = (text: string) => {
      input.value = text;
      input.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      el.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
      await fixture.whenStable();
    };
    return { fixture, el, input, type, submit };
  }

  it('shows the saved value once it arrives, saves the trimmed text without reloading the page, and says so', async () => {
    const { fixture, el, input, type, submit } = await render();
    fixture.componentInstance.value.set('https://meet.example.org/a');
    await fixture.whenStable();
    expect(input.value).toBe('https://meet.example.org/a');

    fixture.componentInstance.save.mockResolvedValue();
    type('  https://meet.example.org/b  ');
    // A value arriving while the user types does not overwrite what they typed.
    fixture.componentInstance.value.set('https://meet.example.org/late');
    await fixture.whenStable();
    expect(input.value).toBe('  https://meet.example.org/b  ');
    const event = new Event('submit', { cancelable: true });
    el.querySelector('form')?.dispatchEvent(event);
    await fixture.whenStable();
    expect(event.defaultPrevented).toBe(true);
    expect(fixture.componentInstance.save).toHaveBeenCalledWith('https://meet.example.org/b');
    expect(el.querySelector('[role="status"]')?.textContent).toBe('Saved.');
    await submit();
    expect(el.querySelector('[role="alert"]')?.textContent).toBe('');
  });

  it('puts what the API refused in the alert under the field', async () => {
    const { fixture, el, type, submit } = await render();
    fixture.componentInstance.save.mockRejectedValue(
      new ApiError(ErrorCode.BadUserInput, 'meetingUrl: must be an https:// link', 'meetingUrl'),
    );
    type('http://meet.example.org/x');
    await submit();
    expect(el.querySelector('[role="alert"]')?.textContent).toBe('meetingUrl: must be an https:// link');
    expect(el.querySelector('[role="status"]')?.textContent).toBe('');
  });
});
