import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthStore, GraphqlClient, WorkshopCatalogDocument } from '@debrief/portal/core';
import { WorkshopCatalogPage } from './catalog.page';

const card = (n: number, topics = ['resume']) => ({
  id: `w${n}`,
  seriesId: null,
  title: `Workshop ${n}`,
  description: '',
  topics,
  location: 'Room 204',
  startsAt: '2026-12-01T22:00:00.000Z',
  endsAt: '2026-12-01T23:00:00.000Z',
  capacity: 10,
  seatsTaken: 0,
  seatsLeft: 10,
  waitlistLength: 0,
  registrationOpen: true,
  registrationOpensAt: '2026-11-01T00:00:00.000Z',
  registrationClosesAt: '2026-12-01T22:00:00.000Z',
  status: 'PUBLISHED',
  cancelReason: null,
  facilitators: [],
  myRegistration: null,
  overlappingSessions: [],
});

describe('WorkshopCatalogPage', () => {
  const client = { query: jest.fn(), mutate: jest.fn() };
  const settle = async (fixture: { whenStable(): Promise<unknown>; detectChanges(): void }) => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  };

  async function render() {
    TestBed.configureTestingModule({
      imports: [WorkshopCatalogPage],
      providers: [provideRouter([]), { provide: GraphqlClient, useValue: client }, { provide: AuthStore, useValue: { user: signal({ timeZone: 'America/Chicago' }) } }],
    });
    const fixture = TestBed.createComponent(WorkshopCatalogPage);
    fixture.autoDetectChanges();
    await settle(fixture);
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }
  const more = (el: HTMLElement) => [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Show more workshops');

  it('shows the first page, loads the next after its cursor, and moves focus to the first new workshop', async () => {
    client.query
      .mockReset()
      .mockResolvedValueOnce({ workshopCatalog: { items: [card(1), card(2)], nextCursor: 'c1' } })
      .mockResolvedValueOnce({ workshopCatalog: { items: [card(3, ['networking'])], nextCursor: null } });
    const { fixture, el } = await render();
    expect(client.query).toHaveBeenCalledWith(WorkshopCatalogDocument, { filter: { from: null, to: null, topic: null }, page: { first: 24 } });
    expect(el.querySelectorAll('li.card')).toHaveLength(2);
    expect(el.querySelector('p.count')?.textContent?.trim()).toBe('2 workshops shown, more to load');

    more(el)?.click();
    await settle(fixture);
    await settle(fixture);
    expect(client.query).toHaveBeenLastCalledWith(WorkshopCatalogDocument, { filter: { from: null, to: null, topic: null }, page: { first: 24, after: 'c1' } });
    expect([...el.querySelectorAll('li.card h2')].map((h) => h.textContent?.trim())).toEqual(['Workshop 1', 'Workshop 2', 'Workshop 3']);
    expect(el.querySelector('p.count')?.textContent?.trim()).toBe('3 workshops');
    expect(more(el)).toBeUndefined();
    expect(document.activeElement?.textContent).toBe('Workshop 3');
  }, 30_000);

  it('says why when the next page fails, and keeps the button to try again', async () => {
    client.query
      .mockReset()
      .mockResolvedValueOnce({ workshopCatalog: { items: [card(1)], nextCursor: 'c1' } })
      .mockRejectedValueOnce(new Error('Network down'));
    const { fixture, el } = await render();
    more(el)?.click();
    await settle(fixture);
    expect(el.querySelector('[role="alert"]')?.textContent).toBeTruthy();
    expect(more(el)).toBeTruthy();
    expect(el.querySelectorAll('li.card')).toHaveLength(1);
  }, 30_000);
});
