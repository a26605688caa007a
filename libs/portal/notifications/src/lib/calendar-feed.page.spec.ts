import { ApplicationRef, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { AuthStore, GraphqlClient, MyCalendarFeedDocument, RegenerateCalendarFeedDocument, RevokeCalendarFeedDocument } from '@debrief/portal/core';
import { CalendarFeedPage } from './calendar-feed.page';

describe('CalendarFeedPage', () => {
  const client = { query: jest.fn(), mutate: jest.fn() };
  const link = {
    httpsUrl: 'https://debrief.example/calendar/feed/abc.ics',
    webcalUrl: 'webcal://debrief.example/calendar/feed/abc.ics',
    createdAt: '2026-01-02T09:00:00Z',
  };

  async function render(active: boolean) {
    client.query.mockReset().mockResolvedValue({ myCalendarFeed: { active, createdAt: active ? '2026-01-01T09:00:00Z' : null, lastUsedAt: null } });
    client.mutate.mockReset().mockImplementation(async (doc) =>
      doc === RegenerateCalendarFeedDocument ? { regenerateCalendarFeed: link } : { revokeCalendarFeed: { active: false } },
    );
    TestBed.configureTestingModule({ imports: [CalendarFeedPage], providers: [{ provide: GraphqlClient, useValue: client }, { provide: AuthStore, useValue: { user: signal({ timeZone: 'America/New_York' }) } }] });
    const fixture = TestBed.createComponent(CalendarFeedPage);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('offers to create a feed when there is none', async () => {
    const { el } = await render(false);
    expect(client.query).toHaveBeenCalledWith(MyCalendarFeedDocument);
    expect(el.textContent).toContain('You have no calendar feed yet.');
    expect(el.querySelector('button.generate')?.textContent?.trim()).toBe('Create my feed address');
    expect(el.querySelector('button.revoke')).toBeNull();
  });

  it('shows the https and webcal addresses once generated', async () => {
    const { el } = await render(true);
    expect(el.textContent).toContain('shown only when it is generated');
    el.querySelector<HTMLButtonElement>('button.generate')?.click();
    await TestBed.inject(ApplicationRef).whenStable();
    expect(client.mutate).toHaveBeenCalledWith(RegenerateCalendarFeedDocument);
    expect(el.querySelector<HTMLInputElement>('input.https-url')?.value).toBe(link.httpsUrl);
    expect(el.querySelector<HTMLInputElement>('input.webcal-url')?.value).toBe(link.webcalUrl);
    expect(el.querySelector('a[href^="webcal:"]')?.getAttribute('href')).toBe(link.webcalUrl);
    expect(el.querySelector('[role="status"]')?.textContent).toContain('Any earlier URL no longer works.');
  });

  it('turns the feed off', async () => {
    const { el } = await render(true);
    el.querySelector<HTMLButtonElement>('button.revoke')?.click();
    await TestBed.inject(ApplicationRef).whenStable();
    expect(client.mutate).toHaveBeenCalledWith(RevokeCalendarFeedDocument);
    expect(el.querySelector('[role="status"]')?.textContent).toContain('turned off');
  });
});
