import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { CoachCardFragment, CoachesDocument, GraphqlClient } from '@debrief/portal/core';
import { Specialty } from '@debrief/shared/domain';
import { CoachesPage } from './coaches.page';

const kavya: CoachCardFragment = {
  id: 'c1',
  name: 'Kavya Iyer',
  pronouns: 'she/her',
  headline: 'Senior engineer',
  specialties: [Specialty.Coding, Specialty.Behavioral],
  bio: 'Coaches data structures.',
  timeZone: 'Asia/Kolkata',
};

describe('CoachesPage', () => {
  const client = { query: jest.fn() };

  async function render(params: { specialty?: string; q?: string }, coaches: CoachCardFragment[] = [kavya]) {
    client.query.mockReset().mockResolvedValue({ coaches });
    TestBed.configureTestingModule({
      imports: [CoachesPage],
      providers: [provideRouter([]), { provide: GraphqlClient, useValue: client }],
    });
    const router = TestBed.inject(Router);
    jest.spyOn(router, 'navigate').mockResolvedValue(true);
    const fixture = TestBed.createComponent(CoachesPage);
    if (params.specialty) fixture.componentRef.setInput('specialty', params.specialty);
    if (params.q) fixture.componentRef.setInput('q', params.q);
    await fixture.whenStable();
    return { fixture, router, page: fixture.componentInstance, el: fixture.nativeElement as HTMLElement };
  }

  it('loads coaches for the specialty and search in the URL', async () => {
    const { el } = await render({ specialty: 'CODING', q: 'graphs' });
    expect(client.query).toHaveBeenCalledWith(CoachesDocument, { filter: { specialty: 'CODING', search: 'graphs' } });
    expect(el.querySelector('[role="status"].count')?.textContent?.trim()).toBe('1 coach for Coding interview');
    expect(el.querySelector('db-coach-card h2')?.textContent?.trim()).toBe('Kavya Iyer');
    expect(el.querySelector('input[type="search"]')).toHaveProperty('value', 'graphs');
  });

  it('ignores an unknown specialty in the URL', async () => {
    await render({ specialty: 'COOKING' });
    expect(client.query).toHaveBeenCalledWith(CoachesDocument, { filter: undefined });
  });

  it('renders specialties as a labelled list and the avatar as decoration', async () => {
    const { el } = await render({});
    const chips = el.querySelector('ul[aria-label="Specialties"]');
    expect([...(chips?.querySelectorAll('li') ?? [])].map((li) => li.textContent?.trim())).toEqual([
      'Coding interview',
      'Behavioral',
    ]);
    expect(el.querySelector('db-initials-avatar')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('puts a chosen specialty into the URL', async () => {
    const { page, router } = await render({ q: 'graphs' });
    page['selectSpecialty'](Specialty.SystemDesign);
    expect(router.navigate).toHaveBeenCalledWith([], {
      queryParams: { specialty: 'SYSTEM_DESIGN', q: 'graphs' },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  });

  it('offers to clear the filters when nothing matches', async () => {
    const { el, router } = await render({ specialty: 'PRODUCT' }, []);
    expect(el.querySelector('db-empty-state h2')?.textContent).toBe('No coaches match');
    el.querySelector<HTMLButtonElement>('db-empty-state button')?.click();
    expect(router.navigate).toHaveBeenCalledWith([], {
      queryParams: { specialty: null, q: null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  });
});
