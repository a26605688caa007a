import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApiError, AuthStore, CancelWorkshopRegistrationDocument, GraphqlClient, RegisterForWorkshopDocument, WorkshopDetailDocument } from '@debrief/portal/core';
import { ErrorCode } from '@debrief/shared/domain';
import { signal } from '@angular/core';
import { WorkshopDetailPage } from './workshop-detail.page';

const base = {
  id: 'w1',
  seriesId: null,
  title: 'Résumé Lab',
  description: 'Bring a résumé.',
  topics: ['resume'],
  location: 'Room 204',
  startsAt: '2026-12-01T22:00:00.000Z',
  endsAt: '2026-12-01T23:00:00.000Z',
  capacity: 1,
  seatsTaken: 1,
  seatsLeft: 0,
  waitlistLength: 0,
  registrationOpen: true,
  registrationOpensAt: '2026-11-01T00:00:00.000Z',
  registrationClosesAt: '2026-12-01T22:00:00.000Z',
  status: 'PUBLISHED',
  cancelReason: null,
  facilitators: [{ id: 'c1', name: 'Priya Raman' }],
  myRegistration: null as null | { id: string; status: string; waitlistPosition: number | null; promotedAt: string | null },
  overlappingSessions: [] as { bookingId: string; sessionTypeName: string; startsAt: string; endsAt: string }[],
};

describe('WorkshopDetailPage', () => {
  const client = { query: jest.fn(), mutate: jest.fn() };

  async function render(workshop: typeof base) {
    client.query.mockReset().mockResolvedValue({ workshop });
    client.mutate.mockReset();
    TestBed.configureTestingModule({
      imports: [WorkshopDetailPage],
      providers: [
        provideRouter([]),
        { provide: GraphqlClient, useValue: client },
        { provide: AuthStore, useValue: { user: signal({ timeZone: 'America/Chicago' }) } },
      ],
    });
    const fixture = TestBed.createComponent(WorkshopDetailPage);
    fixture.componentRef.setInput('id', 'w1');
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  const button = (el: HTMLElement, text: string) => [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);

  it('offers the waitlist when full, says when and where in the viewer zone, and joins it', async () => {
    const { fixture, el } = await render(base);
    expect(client.query).toHaveBeenCalledWith(WorkshopDetailDocument, { id: 'w1' });
    expect(el.querySelector('h1')?.textContent).toBe('Résumé Lab');
    expect(el.textContent).toContain('Tuesday 1 December 2026, 16:00–17:00 (America/Chicago)');
    expect(el.textContent).toContain('Full: the waitlist is empty');
    expect(el.textContent).toContain('Run by: Priya Raman');
    client.mutate.mockResolvedValue({ registerForWorkshop: { id: 'r1', status: 'WAITLISTED', waitlistPosition: 1 } });
    client.query.mockResolvedValue({ workshop: { ...base, waitlistLength: 1, myRegistration: { id: 'r1', status: 'WAITLISTED', waitlistPosition: 1, promotedAt: null } } });
    button(el, 'Join the waitlist')?.click();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(client.mutate).toHaveBeenCalledWith(RegisterForWorkshopDocument, { workshopId: 'w1' });
    expect(el.querySelector('[role="status"].place')?.textContent).toBe('You are on the waitlist: number 1 in line.');
    expect(button(el, 'Leave the waitlist')).toBeTruthy();
  });

  it('warns about an overlapping session but still offers to register', async () => {
    const { el } = await render({
      ...base,
      seatsLeft: 1,
      seatsTaken: 0,
      overlappingSessions: [{ bookingId: 'b1', sessionTypeName: 'Coding mock interview', startsAt: '2026-12-01T22:30:00.000Z', endsAt: '2026-12-01T23:30:00.000Z' }],
    });
    expect(el.textContent).toContain('this overlaps one of your booked sessions');
    expect(el.textContent).toContain('Coding mock interview, Tuesday 1 December 2026, 16:30–17:30');
    expect(button(el, 'Register')).toBeTruthy();
  });

  it('shows a refusal from the API as an alert, and cancels a seat', async () => {
    const { fixture, el } = await render({ ...base, myRegistration: { id: 'r9', status: 'REGISTERED', waitlistPosition: null, promotedAt: null } });
    expect(el.querySelector('.place')?.textContent).toBe('You are registered.');
    client.mutate.mockRejectedValue(new ApiError(ErrorCode.Conflict, 'This workshop has already started, so it cannot be changed that way.'));
    button(el, 'Cancel my registration')?.click();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(client.mutate).toHaveBeenCalledWith(CancelWorkshopRegistrationDocument, { registrationId: 'r9' });
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('already started');
  });

  it('says a cancelled workshop is cancelled, with the reason, and offers nothing', async () => {
    const { el } = await render({ ...base, status: 'CANCELLED', cancelReason: 'Speaker ill' });
    expect(el.textContent).toContain('This workshop is cancelled: Speaker ill');
    expect(el.querySelectorAll('.action button')).toHaveLength(0);
  });
});
