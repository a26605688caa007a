import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  ApiError,
  GraphqlClient,
  StaffAvailableSlotsDocument,
  StaffBookingFragment,
  StaffBookingOptionsDocument,
  StaffBookSessionDocument,
} from '@debrief/portal/core';
import { ErrorCode, Specialty } from '@debrief/shared/domain';
import { SLOTS_SHOWN, StaffBookingForm } from './staff-booking.form';

const options = {
  sessionTypes: [
    { id: 'type-1', name: 'Coding mock interview', durationMinutes: 60, horizonDays: 28, coachIds: ['coach-a', 'coach-b'] },
    { id: 'type-2', name: 'Résumé review', durationMinutes: 30, horizonDays: 60, coachIds: ['coach-b'] },
  ],
  coaches: [
    { id: 'coach-a', name: 'Priya Raman' },
    { id: 'coach-b', name: 'Marcus Chen' },
  ],
};
const slots = [
  { start: '2026-03-03T16:00:00.000Z', end: '2026-03-03T17:00:00.000Z', coachIds: ['coach-a'] },
  { start: '2026-03-03T17:00:00.000Z', end: '2026-03-03T18:00:00.000Z', coachIds: ['coach-a', 'coach-b'] },
];
const booking: StaffBookingFragment = {
  id: 'b1',
  status: 'BOOKED',
  startsAt: slots[1].start,
  endsAt: slots[1].end,
  sessionTypeName: 'Coding mock interview',
  category: Specialty.Coding,
  location: 'Video call',
  cancelReason: null,
  noShowExcused: false,
  coach: { id: 'coach-b', name: 'Marcus Chen' },
  student: { id: 'student-7', name: 'Jordan Rivera' },
};

describe('StaffBookingForm', () => {
  const client = { query: jest.fn(), mutate: jest.fn() };
  const snackBar = { open: jest.fn() };

  async function render() {
    client.query.mockReset().mockImplementation(async (document: unknown) =>
      document === StaffBookingOptionsDocument ? options : { availableSlots: slots },
    );
    client.mutate.mockReset();
    snackBar.open.mockReset();
    TestBed.configureTestingModule({
      imports: [StaffBookingForm],
      providers: [
        { provide: GraphqlClient, useValue: client },
        { provide: MatSnackBar, useValue: snackBar },
      ],
    });
    const fixture = TestBed.createComponent(StaffBookingForm);
    fixture.componentRef.setInput('studentId', 'student-7');
    fixture.componentRef.setInput('studentName', 'Jordan Rivera');
    fixture.componentRef.setInput('timeZone', 'America/Chicago');
    const booked = jest.fn();
    fixture.componentInstance.booked.subscribe(booked);
    await fixture.whenStable();
    const form = fixture.componentInstance['form'];
    const el = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    return { fixture, form, el, booked, settle, component: fixture.componentInstance };
  }

  it('searches free times as the student, over the type’s horizon', async () => {
    const { form, component, el, settle } = await render();
    form.patchValue({ sessionTypeId: 'type-1', coachId: 'coach-a' });
    jest.useFakeTimers({ now: new Date('2026-03-01T12:00:00Z'), doNotFake: ['setTimeout', 'queueMicrotask', 'nextTick'] });
    try {
      await component.findSlots();
    } finally {
      jest.useRealTimers();
    }
    await settle();
    expect(client.query).toHaveBeenCalledWith(StaffAvailableSlotsDocument, {
      input: {
        sessionTypeId: 'type-1',
        coachId: 'coach-a',
        from: '2026-03-01T12:00:00.000Z',
        to: '2026-03-29T12:00:00.000Z',
        studentId: 'student-7',
      },
    });
    const labels = [...el.querySelectorAll('mat-radio-button')].map((r) => r.textContent?.trim());
    expect(labels).toEqual(['Tue 3 Mar 2026, 10:00 (America/Chicago) · Priya Raman', 'Tue 3 Mar 2026, 11:00 (America/Chicago) · 2 coaches free']);
    expect(SLOTS_SHOWN).toBeGreaterThanOrEqual(labels.length);
  });

  it('offers only the coaches who offer the chosen type, or any of them', async () => {
    const { form, component } = await render();
    form.controls.sessionTypeId.setValue('type-2');
    expect(component['coaches']()).toEqual([{ id: 'coach-b', name: 'Marcus Chen' }]);
    form.controls.coachId.setValue('coach-b');
    form.controls.sessionTypeId.setValue('type-1');
    expect(form.controls.coachId.value).toBeNull();
  });

  it('requires a session type before searching', async () => {
    const { component, el, fixture } = await render();
    await component.findSlots();
    await fixture.whenStable();
    expect(client.query).not.toHaveBeenCalledWith(StaffAvailableSlotsDocument, expect.anything());
    expect(el.querySelector('mat-error')?.textContent?.trim()).toBe('Choose a session type.');
  });

  it('books the chosen time with the student’s id and any coach', async () => {
    const { form, component, booked, settle, el } = await render();
    form.patchValue({ sessionTypeId: 'type-1' });
    await component.findSlots();
    await settle();
    component['slotControl'].setValue(slots[1].start);
    client.mutate.mockResolvedValue({ bookSession: booking });
    // Seen after the form's own handlers: Angular must have handled the submit, or the browser reloads the page.
    const handledByAngular: boolean[] = [];
    el.addEventListener('submit', (event) => {
      handledByAngular.push(event.defaultPrevented);
      event.preventDefault();
    });
    [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Book this time')?.click();
    await settle();
    expect(handledByAngular).toEqual([true]);
    expect(client.mutate).toHaveBeenCalledWith(StaffBookSessionDocument, {
      input: { sessionTypeId: 'type-1', coachId: null, start: slots[1].start, studentId: 'student-7' },
    });
    expect(booked).toHaveBeenCalledWith(booking);
    expect(snackBar.open.mock.calls[0][0]).toBe(
      'Booked Coding mock interview for Jordan Rivera with Marcus Chen, Tue 3 Mar 2026, 11:00 (America/Chicago).',
    );
    expect(component['slots']()).toBeNull();
  });

  it('asks for a time before booking', async () => {
    const { form, component, el, settle } = await render();
    form.patchValue({ sessionTypeId: 'type-1' });
    await component.findSlots();
    await settle();
    await component.book();
    await settle();
    expect(client.mutate).not.toHaveBeenCalled();
    expect(el.querySelector('.field-error')?.textContent?.trim()).toBe('Choose a time.');
  });

  it('shows why a booking was refused and keeps the choices', async () => {
    const { form, component, el, settle } = await render();
    form.patchValue({ sessionTypeId: 'type-1' });
    await component.findSlots();
    await settle();
    component['slotControl'].setValue(slots[0].start);
    client.mutate.mockRejectedValue(new ApiError(ErrorCode.Conflict, 'That slot was just taken. Here are the next free ones.'));
    await component.book();
    await settle();
    expect(el.querySelector('.db-form-error')?.textContent?.trim()).toBe('That slot was just taken. Here are the next free ones.');
    expect(component['slots']()).toHaveLength(2);
  });
});
