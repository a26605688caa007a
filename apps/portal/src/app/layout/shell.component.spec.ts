import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthStore } from '@debrief/portal/core';
import { Role } from '@debrief/shared/domain';
import { ShellComponent } from './shell.component';

describe('ShellComponent', () => {
  const signOut = jest.fn().mockResolvedValue(undefined);

  async function renderAs(role: Role) {
    TestBed.configureTestingModule({
      imports: [ShellComponent],
      providers: [
        provideRouter([]),
        { provide: AuthStore, useValue: { user: signal({ name: 'Dana Brooks' }), role: signal(role), signOut } },
      ],
    });
    const fixture = TestBed.createComponent(ShellComponent);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const navLabels = (el: HTMLElement) =>
    [...el.querySelectorAll('nav[aria-label="Main"] a')].map((a) => a.textContent?.trim());

  it('shows students booking, their sessions and the everyday pages', async () => {
    expect(navLabels(await renderAs(Role.Student))).toEqual([
      'Home',
      'Book a session',
      'My sessions',
      'Workshops',
      'My workshops',
      'Calendar feed',
      'Coaches',
      'My profile',
      'My feedback',
      'My plan',
      'Practise an answer',
      'Journal',
      'Progress',
      'Question bank',
    ]);
  });

  it('shows staff the users list, the outbox and the scheduling pages under a heading', async () => {
    const el = await renderAs(Role.Staff);
    expect(navLabels(el)).toEqual([
      'Home',
      'Coaches',
      'My profile',
      'Users',
      'Outbox',
      'Sign-in',
      'Session types',
      'Closures',
      'Booking policy',
      'Students',
      'Workshops',
      'Question bank',
      'Rubrics',
    ]);
    const headings = [...el.querySelectorAll('nav[aria-label="Main"] h2')].map((h) => h.textContent?.trim());
    expect(headings).toEqual(['Scheduling', 'Workshops', 'Coaching']);
    expect(el.querySelector('nav[aria-label="Main"] h2 + a')?.textContent?.trim()).toBe('Session types');
  });

  it('names the user and their role, and signs out', async () => {
    const el = await renderAs(Role.Staff);
    expect(el.querySelector('.who')?.textContent).toContain('Dana Brooks (Staff)');
    const button = [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Sign out');
    button?.click();
    expect(signOut).toHaveBeenCalled();
  });

  it('starts with a skip link to a focusable main region', async () => {
    const el = await renderAs(Role.Coach);
    const skip = el.querySelector<HTMLAnchorElement>('a.skip-link');
    expect(el.firstElementChild).toBe(skip);
    expect(skip?.getAttribute('href')).toBe('#main-content');
    const main = el.querySelector<HTMLElement>('main#main-content');
    expect(main?.getAttribute('tabindex')).toBe('-1');
    skip?.click();
    expect(document.activeElement).toBe(main);
  });
});
