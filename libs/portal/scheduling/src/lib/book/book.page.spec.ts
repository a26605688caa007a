import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AuthStore, BookableSessionTypeFragment, BookingChoicesQuery, GraphqlClient } from '@debrief/portal/core';
import { Specialty } from '@debrief/shared/domain';
import { BookPage } from './book.page';

const coding: BookableSessionTypeFragment = {
  id: 't1',
  name: 'Coding mock interview',
  category: Specialty.Coding,
  description: 'A realistic coding round.',
  preparation: 'Have an editor ready.',
  durationMinutes: 60,
  interviewMinutes: 40,
  locationKind: 'VIDEO',
  room: null,
  cancelCutoffHours: 24,
  horizonDays: 60,
  coachIds: ['c1'],
};

const choices = (blockedUntil: string | null = null): BookingChoicesQuery => ({
  sessionTypes: [coding],
  coaches: [
    { id: 'c1', name: 'Priya Raman', headline: 'Staff engineer', timeZone: 'America/Los_Angeles' },
    { id: 'c2', name: 'Amara Okafor', headline: 'Recruiter', timeZone: 'Europe/London' },
  ],
  bookingStanding: { blockedUntil, noShows: blockedUntil ? 2 : 0, limit: 2, windowDays: 60 },
});

describe('BookPage', () => {
  const client = { query: jest.fn(), mutate: jest.fn() };

  async function render(params: Record<string, string>, data = choices()) {
    client.query.mockReset().mockImplementation(async (doc: { definitions: { name?: { value: string } }[] }) =>
      doc.definitions.some((d) => d.name?.value === 'BookingChoices') ? data : { availableSlots: [], closures: [] },
    );
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: GraphqlClient, useValue: client },
        { provide: AuthStore, useValue: { user: signal({ timeZone: 'Europe/Berlin' }) } },
      ],
    });
    const router = TestBed.inject(Router);
    jest.spyOn(router, 'navigate').mockResolvedValue(true);
    const fixture = TestBed.createComponent(BookPage);
    for (const [key, value] of Object.entries(params)) fixture.componentRef.setInput(key, value);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    return { fixture, router, el, heading: () => el.querySelector('h2#step-heading')?.textContent?.trim() };
  }

  it('starts with the session types and keeps the choice in the URL', async () => {
    const { el, router, heading } = await render({});
    expect(heading()).toBe('Choose a session type');
    expect(el.querySelector('[aria-current="step"]')?.textContent).toContain('Session type');
    const choose = [...el.querySelectorAll('button')].find((b) => b.textContent?.includes('Choose'));
    expect(choose?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Choose Coding mock interview');
    choose?.click();
    expect(router.navigate).toHaveBeenCalledWith([], {
      queryParams: { type: 't1', coach: null, week: null, start: null },
      queryParamsHandling: 'merge',
      replaceUrl: false,
    });
  });

  it('offers "Any coach" and only the coaches who offer the type', async () => {
    const { el, heading } = await render({ type: 't1' });
    expect(heading()).toBe('Choose a coach');
    const names = [...el.querySelectorAll('db-coach-options .name')].map((n) => n.textContent?.trim());
    expect(names).toEqual(['Any coach', 'Priya Raman']);
  });

  it('shows the week of free times once a coach is chosen', async () => {
    const { el, heading } = await render({ type: 't1', coach: 'any', week: '2026-11-25' });
    expect(heading()).toBe('Choose a time');
    expect(el.querySelector('db-slot-week .week-title')?.textContent).toBe('Week of Monday 23 November 2026');
  });

  it('explains a no-show pause instead of showing times', async () => {
    const { el } = await render({ type: 't1', coach: 'any' }, choices('2026-12-20T15:00:00Z'));
    expect(el.querySelector('db-slot-week')).toBeNull();
    const notice = el.querySelector('db-blocked-notice [role="alert"]')?.textContent?.replace(/\s+/g, ' ');
    expect(notice).toContain('You missed 2 sessions in the last 60 days (the limit is 2)');
    expect(notice).toContain('Sunday 20 December 2026, 16:00 (Europe/Berlin)');
  });

  it('confirms with the chosen coach and goes to the booked page', async () => {
    const { fixture, el, router, heading } = await render({ type: 't1', coach: 'c1', start: '2026-11-24T15:00:00Z' });
    expect(heading()).toBe('Confirm your booking');
    expect(el.querySelector('db-book-confirm')?.textContent).toContain('Priya Raman');
    expect(el.querySelector('db-book-confirm')?.textContent).toContain('Tuesday 24 November 2026, 16:00–17:00 (Europe/Berlin)');
    fixture.componentInstance['booked']({ id: 'b9' } as never);
    expect(router.navigate).toHaveBeenCalledWith(['/book/confirmed', 'b9']);
  });
});
