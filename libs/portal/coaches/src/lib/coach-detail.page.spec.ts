import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter } from '@angular/router';
import { AuthStore, CoachCardFragment, CoachDocument, GraphqlClient, UpdateCoachProfileDocument } from '@debrief/portal/core';
import { Role, Specialty } from '@debrief/shared/domain';
import { CoachDetailPage } from './coach-detail.page';

const marcus: CoachCardFragment = {
  id: 'coach-2',
  name: 'Marcus Chen',
  pronouns: 'he/him',
  headline: 'Distributed systems architect',
  bio: 'Twelve years building payment platforms.',
  specialties: [Specialty.SystemDesign],
  timeZone: 'America/New_York',
};

describe('CoachDetailPage', () => {
  const client = { query: jest.fn(), mutate: jest.fn() };

  async function renderAs(user: { id: string; role: Role }) {
    client.query.mockReset().mockResolvedValue({ coach: marcus });
    client.mutate.mockReset();
    TestBed.configureTestingModule({
      imports: [CoachDetailPage],
      providers: [
        provideRouter([]),
        { provide: GraphqlClient, useValue: client },
        { provide: MatSnackBar, useValue: { open: jest.fn() } },
        { provide: AuthStore, useValue: { user: signal(user) } },
      ],
    });
    const fixture = TestBed.createComponent(CoachDetailPage);
    fixture.componentRef.setInput('id', marcus.id);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    document.body.appendChild(el);
    const editButton = () =>
      [...el.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Edit profile') ?? null;
    return { fixture, el, editButton };
  }

  afterEach(() => document.body.replaceChildren());

  it('shows the coach', async () => {
    const { el } = await renderAs({ id: 'student-1', role: Role.Student });
    expect(client.query).toHaveBeenCalledWith(CoachDocument, { id: 'coach-2' });
    expect(el.querySelector('h1')?.textContent).toBe('Marcus Chen');
    expect(el.querySelector('.headline')?.textContent).toBe('Distributed systems architect');
  });

  it('hides the edit action from students', async () => {
    const { editButton } = await renderAs({ id: 'student-1', role: Role.Student });
    expect(editButton()).toBeNull();
  });

  it('hides the edit action from a coach viewing another coach', async () => {
    const { editButton } = await renderAs({ id: 'coach-1', role: Role.Coach });
    expect(editButton()).toBeNull();
  });

  it.each([
    ['the coach themself', { id: 'coach-2', role: Role.Coach }],
    ['staff', { id: 'staff-1', role: Role.Staff }],
    ['an admin', { id: 'admin-1', role: Role.Admin }],
  ])('offers the edit action to %s', async (_who, user) => {
    const { editButton } = await renderAs(user);
    expect(editButton()).not.toBeNull();
  });

  it('edits in place, then shows the saved values and returns focus to the edit button', async () => {
    const { fixture, el, editButton } = await renderAs({ id: 'staff-1', role: Role.Staff });
    editButton()?.click();
    await fixture.whenStable();
    expect(el.querySelector('article')).toBeNull();
    expect(document.activeElement?.textContent?.trim()).toBe('Edit directory profile');

    const headline = el.querySelector<HTMLInputElement>('db-coach-profile-form input[id$="-headline"]') as HTMLInputElement;
    expect(headline.value).toBe('Distributed systems architect');
    const updated = { ...marcus, headline: 'Payments and streaming at scale' };
    client.mutate.mockResolvedValue({ updateCoachProfile: updated });
    headline.value = 'Payments and streaming at scale';
    headline.dispatchEvent(new Event('input'));
    el.querySelector<HTMLButtonElement>('db-coach-profile-form button[type="submit"]')?.click();
    await fixture.whenStable();

    expect(client.mutate).toHaveBeenCalledWith(UpdateCoachProfileDocument, {
      input: { coachId: 'coach-2', headline: 'Payments and streaming at scale' },
    });
    expect(el.querySelector('db-coach-profile-form')).toBeNull();
    expect(el.querySelector('.headline')?.textContent).toBe('Payments and streaming at scale');
    expect(document.activeElement).toBe(editButton());
  });

  it('cancels editing without saving', async () => {
    const { fixture, el, editButton } = await renderAs({ id: 'coach-2', role: Role.Coach });
    editButton()?.click();
    await fixture.whenStable();
    [...el.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Cancel')?.click();
    await fixture.whenStable();
    expect(client.mutate).not.toHaveBeenCalled();
    expect(el.querySelector('article .headline')?.textContent).toBe('Distributed systems architect');
    expect(document.activeElement).toBe(editButton());
  });
});
