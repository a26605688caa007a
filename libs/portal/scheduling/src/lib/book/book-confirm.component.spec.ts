import { TestBed } from '@angular/core/testing';
import { ApiError, BookableSessionTypeFragment, BookingDetailsFragment, BookSessionDocument, GraphqlClient } from '@debrief/portal/core';
import { ErrorCode, Specialty } from '@debrief/shared/domain';
import { BookConfirmComponent } from './book-confirm.component';

const coding: BookableSessionTypeFragment = {
  id: 'type-1',
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
  coachIds: ['coach-1'],
};

const booked = { id: 'booking-1' } as BookingDetailsFragment;

describe('BookConfirmComponent', () => {
  const client = { mutate: jest.fn() };

  async function render(coachId: string | null, coachName: string | null) {
    TestBed.configureTestingModule({ providers: [{ provide: GraphqlClient, useValue: client }] });
    const fixture = TestBed.createComponent(BookConfirmComponent);
    fixture.componentRef.setInput('type', coding);
    fixture.componentRef.setInput('coachId', coachId);
    fixture.componentRef.setInput('coachName', coachName);
    fixture.componentRef.setInput('start', '2026-11-24T15:00:00Z');
    fixture.componentRef.setInput('zone', 'Europe/Berlin');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const button = (name: string) => [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;
    return { fixture, el, button, component: fixture.componentInstance };
  }

  beforeEach(() => client.mutate.mockReset());

  it('shows the session in the viewer’s zone, "Any available coach", location and preparation', async () => {
    const { el } = await render(null, null);
    const text = el.textContent ?? '';
    expect(text).toContain('Tuesday 24 November 2026, 16:00–17:00 (Europe/Berlin)');
    expect(text).toContain('60 min · 40 min interview + 20 min feedback');
    expect(text).toContain('Any available coach');
    expect(text).toContain('Video call — your coach shares the link');
    expect(text).toContain('Have an editor ready.');
  });

  it('books any coach with a null coachId and emits the booking', async () => {
    client.mutate.mockResolvedValue({ bookSession: booked });
    const { button, component } = await render(null, null);
    const emitted = jest.fn();
    component.booked.subscribe(emitted);
    button('Confirm booking').click();
    await new Promise((resolve) => setTimeout(resolve));
    expect(client.mutate).toHaveBeenCalledWith(BookSessionDocument, {
      input: { sessionTypeId: 'type-1', coachId: null, start: '2026-11-24T15:00:00Z' },
    });
    expect(emitted).toHaveBeenCalledWith(booked);
  });

  it('books the chosen coach by id', async () => {
    client.mutate.mockResolvedValue({ bookSession: booked });
    const { el, component } = await render('coach-1', 'Priya Raman');
    expect(el.textContent).toContain('Priya Raman');
    await component.confirm();
    expect(client.mutate).toHaveBeenCalledWith(BookSessionDocument, {
      input: { sessionTypeId: 'type-1', coachId: 'coach-1', start: '2026-11-24T15:00:00Z' },
    });
  });

  it('on SLOT_TAKEN shows the API’s message and offers the next free times as buttons', async () => {
    client.mutate.mockRejectedValue(
      new ApiError(ErrorCode.Conflict, 'That slot was just taken. Here are the next free ones.', undefined, {
        reason: 'SLOT_TAKEN',
        nextFree: ['2026-11-24T16:00:00.000Z'],
      }),
    );
    const { fixture, el, component } = await render(null, null);
    const retimed = jest.fn();
    component.retime.subscribe(retimed);
    await component.confirm();
    await fixture.whenStable();
    const alert = el.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('That slot was just taken.');
    const offer = alert?.querySelector('button');
    expect(offer?.textContent?.trim()).toBe('Tuesday 24 November, 17:00 (Europe/Berlin)');
    offer?.click();
    expect(retimed).toHaveBeenCalledWith('2026-11-24T16:00:00.000Z');
  });

  it('shows other refusals without offers', async () => {
    client.mutate.mockRejectedValue(
      new ApiError(ErrorCode.Conflict, 'You already have 2 upcoming sessions of this type, the most allowed at once.', undefined, { reason: 'CAP_REACHED' }),
    );
    const { fixture, el, component } = await render(null, null);
    await component.confirm();
    await fixture.whenStable();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('You already have 2 upcoming sessions');
    expect(el.querySelectorAll('[role="alert"] button')).toHaveLength(0);
  });
  it('says before booking that a start inside the cutoff cannot be changed by the student', async () => {
    const { el, fixture } = await render('coach-1', 'Priya Raman');
    fixture.componentRef.setInput('start', new Date(Date.now() + 10 * 86400_000).toISOString());
    await fixture.whenStable();
    expect(el.querySelector('.late-warning')).toBeNull();
    fixture.componentRef.setInput('start', new Date(Date.now() + 12 * 3600_000).toISOString());
    await fixture.whenStable();
    expect(el.querySelector('.late-warning')?.textContent).toContain("you won't be able to change this yourself");
  });
});
