import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { GraphqlClient, StaffBookingPolicyDocument, StaffUpdateBookingPolicyDocument } from '@debrief/portal/core';
import { PolicyPage } from './policy.page';

describe('PolicyPage', () => {
  const client = { query: jest.fn(), mutate: jest.fn() };
  const snackBar = { open: jest.fn() };

  async function render() {
    client.query.mockReset().mockResolvedValue({ bookingPolicy: { maxActiveBookings: 3, noShowLimit: 3, noShowWindowDays: 120 } });
    client.mutate.mockReset();
    TestBed.configureTestingModule({
      imports: [PolicyPage],
      providers: [
        { provide: GraphqlClient, useValue: client },
        { provide: MatSnackBar, useValue: snackBar },
      ],
    });
    const fixture = TestBed.createComponent(PolicyPage);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const field = (name: string) => el.querySelector<HTMLInputElement>(`[formcontrolname="${name}"]`) as HTMLInputElement;
    const type = async (name: string, value: string) => {
      field(name).value = value;
      field(name).dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    return { fixture, el, field, type };
  }

  it('loads the policy into the form and explains it', async () => {
    const { el, field } = await render();
    expect(client.query).toHaveBeenCalledWith(StaffBookingPolicyDocument);
    expect(field('maxActiveBookings').value).toBe('3');
    expect(field('noShowWindowDays').value).toBe('120');
    expect(el.querySelector('#explain-no-shows')?.textContent).toBe(
      '3 no-shows in 120 days pauses self-booking until the oldest one is 120 days old; you can excuse a no-show.',
    );
    expect(field('noShowLimit').getAttribute('aria-describedby')).toContain('explain-no-shows');
  });

  it('updates the explanation as the numbers change and saves all three', async () => {
    const { el, type } = await render();
    await type('noShowLimit', '2');
    await type('noShowWindowDays', '90');
    expect(el.querySelector('#explain-no-shows')?.textContent).toBe(
      '2 no-shows in 90 days pauses self-booking until the oldest one is 90 days old; you can excuse a no-show.',
    );
    client.mutate.mockResolvedValue({ updateBookingPolicy: { maxActiveBookings: 3, noShowLimit: 2, noShowWindowDays: 90 } });
    el.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await new Promise((resolve) => setTimeout(resolve));
    expect(client.mutate).toHaveBeenCalledWith(StaffUpdateBookingPolicyDocument, {
      input: { maxActiveBookings: 3, noShowLimit: 2, noShowWindowDays: 90 },
    });
    expect(snackBar.open).toHaveBeenCalledWith('Booking policy saved.', undefined, { duration: 4000 });
  });

  it('refuses a limit of zero', async () => {
    const { fixture, el, type } = await render();
    await type('noShowLimit', '0');
    el.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
    expect(client.mutate).not.toHaveBeenCalled();
    expect(el.querySelector('mat-error')?.textContent?.trim()).toBe('Use at least 1 no-show.');
  });
});
