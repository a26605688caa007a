import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthStore } from '@debrief/portal/core';
import { Role } from '@debrief/shared/domain';
import { HomePage } from './home.page';

describe('HomePage', () => {
  async function renderAs(role: Role) {
    TestBed.configureTestingModule({
      imports: [HomePage],
      providers: [
        provideRouter([]),
        { provide: AuthStore, useValue: { user: signal({ name: 'Jordan Rivera' }), role: signal(role) } },
      ],
    });
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const links = (el: HTMLElement) => [...el.querySelectorAll('.actions a')].map((a) => a.textContent?.trim());

  it('welcomes a student by first name and offers only student actions', async () => {
    const el = await renderAs(Role.Student);
    expect(el.querySelector('h1')?.textContent).toBe('Welcome, Jordan');
    expect(links(el)).toEqual(['Book a session', 'My sessions', 'Browse coaches', 'Update your profile']);
  });

  it('offers a coach their schedule and availability', async () => {
    const el = await renderAs(Role.Coach);
    expect(links(el)).toEqual(['My schedule', 'Set your availability', 'Browse coaches', 'Update your profile']);
  });

  it('offers staff tools to admins', async () => {
    const el = await renderAs(Role.Admin);
    expect(links(el)).toEqual(["Students' sessions", 'Session types', 'Browse coaches', 'Update your profile', 'Manage users', 'Check the outbox']);
    expect(el.textContent).toContain('create and invite users');
  });
});
