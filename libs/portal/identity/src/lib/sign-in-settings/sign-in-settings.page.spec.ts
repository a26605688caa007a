import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { ApiError, GraphqlClient } from '@debrief/portal/core';
import { ErrorCode } from '@debrief/shared/domain';
import { SignInSettingsPage } from './sign-in-settings.page';

describe('SignInSettingsPage', () => {
  const query = jest.fn();
  const mutate = jest.fn();
  const SETTINGS = { emailSignIn: true, breakGlassAdminEmail: null, providers: [{ id: 'oidc', label: 'CampusID' }] };

  async function render() {
    query.mockReset().mockResolvedValue({ signInSettings: SETTINGS });
    mutate.mockReset();
    TestBed.configureTestingModule({ imports: [SignInSettingsPage], providers: [provideNoopAnimations(), { provide: GraphqlClient, useValue: { query, mutate } }] });
    const fixture = TestBed.createComponent(SignInSettingsPage);
    const settle = async () => {
      for (let i = 0; i < 3; i++) {
        await fixture.whenStable();
        await new Promise((resolve) => setTimeout(resolve));
        fixture.detectChanges();
      }
    };
    await settle();
    const el = fixture.nativeElement as HTMLElement;
    const uncheck = async () => {
      el.querySelector<HTMLInputElement>('input[type="checkbox"]')?.click();
      await settle();
    };
    const submit = async () => {
      el.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      await settle();
    };
    return { el, uncheck, submit, settle };
  }

  it('lists the configured providers and shows password sign-in on', async () => {
    const { el } = await render();
    expect(el.textContent).toContain('CampusID (OpenID Connect)');
    expect(el.querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked).toBe(true);
    expect(el.querySelector('input[formcontrolname="breakGlassAdminEmail"]')).toBeNull();
  });

  it('asks for a break-glass administrator before turning password sign-in off', async () => {
    const { el, uncheck, submit } = await render();
    await uncheck();
    await submit();
    expect(el.querySelector('mat-error')?.textContent).toContain('Name the administrator');
    expect(mutate).not.toHaveBeenCalled();
  });

  it('saves, and shows the API’s refusal next to the field', async () => {
    const { el, uncheck, submit } = await render();
    await uncheck();
    const input = el.querySelector<HTMLInputElement>('input[formcontrolname="breakGlassAdminEmail"]') as HTMLInputElement;
    input.value = 'staff@debrief.example';
    input.dispatchEvent(new Event('input'));
    mutate.mockRejectedValueOnce(new ApiError(ErrorCode.BadUserInput, 'must be the email of an active administrator', 'breakGlassAdminEmail'));
    await submit();
    expect(mutate).toHaveBeenCalledWith(expect.anything(), { input: { emailSignIn: false, breakGlassAdminEmail: 'staff@debrief.example' } });
    expect(el.querySelector('mat-error')?.textContent).toContain('Break-glass administrator must be the email of an active administrator.');
  });
});
