import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { ApiError, AuthStore, GraphqlClient } from '@debrief/portal/core';
import { ErrorCode } from '@debrief/shared/domain';
import { SignInPage } from './sign-in.page';

describe('SignInPage', () => {
  const signIn = jest.fn();
  const query = jest.fn();
  const NO_SSO = { signInOptions: { emailSignIn: true, providers: [] } };

  async function render(returnUrl?: string, options: unknown = NO_SSO, sso?: string) {
    signIn.mockReset();
    query.mockReset().mockResolvedValue(options);
    TestBed.configureTestingModule({
      imports: [SignInPage],
      providers: [provideRouter([]), { provide: AuthStore, useValue: { signIn } }, { provide: GraphqlClient, useValue: { query } }],
    });
    const router = TestBed.inject(Router);
    jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    const fixture = TestBed.createComponent(SignInPage);
    if (returnUrl) fixture.componentRef.setInput('returnUrl', returnUrl);
    if (sso) fixture.componentRef.setInput('sso', sso);
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const input = (label: string) => el.querySelector(`input[formcontrolname="${label}"]`) as HTMLInputElement;
    const type = (label: string, value: string) => {
      input(label).value = value;
      input(label).dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      el.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      await fixture.whenStable();
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    return { el, input, type, submit, router };
  }

  it('shows inline errors, focuses the first field and does not call the API for an empty form', async () => {
    const { el, input, submit } = await render();
    await submit();
    const errors = [...el.querySelectorAll('mat-error')].map((e) => e.textContent?.trim());
    expect(errors).toEqual(['Enter your email address.', 'Enter your password.']);
    expect(document.activeElement).toBe(input('email'));
    expect(signIn).not.toHaveBeenCalled();
  });

  it('rejects a malformed email address', async () => {
    const { el, type, submit } = await render();
    type('email', 'not-an-email');
    type('password', 'debrief-demo');
    await submit();
    expect(el.querySelector('mat-error')?.textContent).toContain('Enter an email address like');
    expect(signIn).not.toHaveBeenCalled();
  });

  it('signs in and goes to the return URL', async () => {
    const { type, submit, router } = await render('/coaches?specialty=CODING');
    signIn.mockResolvedValue({});
    type('email', ' student@debrief.example ');
    type('password', 'debrief-demo');
    await submit();
    expect(signIn).toHaveBeenCalledWith('student@debrief.example', 'debrief-demo');
    expect(router.navigateByUrl).toHaveBeenCalledWith('/coaches?specialty=CODING');
  });

  it('ignores an off-site return URL', async () => {
    const { type, submit, router } = await render('https://evil.example');
    signIn.mockResolvedValue({});
    type('email', 'student@debrief.example');
    type('password', 'debrief-demo');
    await submit();
    expect(router.navigateByUrl).toHaveBeenCalledWith('/');
  });

  it('shows one generic message for wrong credentials', async () => {
    const { el, type, submit, router } = await render();
    signIn.mockRejectedValue(new ApiError(ErrorCode.Unauthenticated, 'Something went wrong. Please try again.'));
    type('email', 'student@debrief.example');
    type('password', 'wrong-password');
    await submit();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('don’t match an account');
    expect(router.navigateByUrl).not.toHaveBeenCalled();
  });

  it('shows the server message when sign-in is throttled', async () => {
    const { el, type, submit } = await render();
    signIn.mockRejectedValue(new ApiError(ErrorCode.TooManyRequests, 'Too many failed sign-in attempts. Try again in 15 minutes.'));
    type('email', 'student@debrief.example');
    type('password', 'wrong-password');
    await submit();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Try again in 15 minutes.');
  });

  const CAMPUS = { signInOptions: { emailSignIn: true, providers: [{ id: 'oidc', label: 'CampusID', loginUrl: '/auth/oidc/login' }] } };

  it('offers single sign-on after the form, keeping where the person was headed', async () => {
    const { el } = await render('/workshops', CAMPUS);
    const link = el.querySelector<HTMLAnchorElement>('a[href^="/auth/oidc/login"]');
    expect(link?.textContent?.trim()).toBe('Sign in with CampusID');
    expect(link?.getAttribute('href')).toBe('/auth/oidc/login?returnTo=%2Fworkshops');
    // The form comes first, so keyboard users still reach the email field with one Tab.
    expect(el.querySelector('form')?.compareDocumentPosition(link as Node)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('shows no single sign-on button when none is configured', async () => {
    const { el } = await render();
    expect(el.querySelector('a[href^="/auth/"]')).toBeNull();
  });

  it('puts single sign-on first when password sign-in is off', async () => {
    const { el } = await render(undefined, { signInOptions: { ...CAMPUS.signInOptions, emailSignIn: false } });
    const link = el.querySelector('a[href="/auth/oidc/login"]') as Node;
    expect(el.querySelector('form')?.compareDocumentPosition(link)).toBe(Node.DOCUMENT_POSITION_PRECEDING);
    expect(el.textContent).toContain('emergency administrator account');
  });

  it('says why a campus sign-in came back refused', async () => {
    const { el } = await render(undefined, CAMPUS, 'DOMAIN');
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('that email domain cannot sign in');
  });

  it('says so when password sign-in is turned off, instead of blaming the password', async () => {
    const { el, type, submit } = await render();
    signIn.mockRejectedValue(new ApiError(ErrorCode.Forbidden, 'You do not have permission to do that.', undefined, { reason: 'PASSWORD_SIGN_IN_OFF' }, 'Password sign-in is turned off here. Use your campus account.'));
    type('email', 'student@debrief.example');
    type('password', 'debrief-demo');
    await submit();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Password sign-in is turned off here');
  });
});
