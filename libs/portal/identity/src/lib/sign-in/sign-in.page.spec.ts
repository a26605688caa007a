import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { ApiError, AuthStore } from '@debrief/portal/core';
import { ErrorCode } from '@debrief/shared/domain';
import { SignInPage } from './sign-in.page';

describe('SignInPage', () => {
  const signIn = jest.fn();

  async function render(returnUrl?: string) {
    signIn.mockReset();
    TestBed.configureTestingModule({
      imports: [SignInPage],
      providers: [provideRouter([]), { provide: AuthStore, useValue: { signIn } }],
    });
    const router = TestBed.inject(Router);
    jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    const fixture = TestBed.createComponent(SignInPage);
    if (returnUrl) fixture.componentRef.setInput('returnUrl', returnUrl);
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
});
