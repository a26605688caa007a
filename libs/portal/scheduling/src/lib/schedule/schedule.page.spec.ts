import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter, Router } from '@angular/router';
import {
  AuthStore,
  BookingDetailsFragment,
  CoachScheduleDocument,
  GraphqlClient,
  MarkBookingCompletedDocument,
  MarkBookingNoShowDocument,
} from '@debrief/portal/core';
import { Specialty } from '@debrief/shared/domain';
import { of } from 'rxjs';
import { SchedulePage } from './schedule.page';

const HOUR = 3600_000;

function session(id: string, startsAt: number, status: BookingDetailsFragment['status'] = 'BOOKED'): BookingDetailsFragment {
  return {
    id,
    status,
    startsAt: new Date(startsAt).toISOString(),
    endsAt: new Date(startsAt + HOUR).toISOString(),
    sessionTypeId: 't1',
    sessionTypeName: 'Coding mock interview',
    category: Specialty.Coding,
    interviewMinutes: 40,
    preparation: '',
    location: 'Video call',
    assignment: "student's choice",
    cancelReason: null,
    noShowExcused: false,
    coach: { id: 'c1', name: 'Priya Raman', timeZone: 'UTC' },
    student: { id: 's1', name: `Student ${id}`, timeZone: 'UTC' },
  };
}

describe('SchedulePage', () => {
  const client = { mutate: jest.fn() };
  const api = { query: jest.fn(), mutate: client.mutate };
  const dialog = { open: jest.fn() };

  async function render(params: Record<string, string>, sessions: BookingDetailsFragment[]) {
    api.query.mockReset().mockResolvedValue({ coachSchedule: sessions });
    client.mutate.mockReset();
    dialog.open.mockReset().mockReturnValue({ afterClosed: () => of(true) });
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: GraphqlClient, useValue: api },
        { provide: MatDialog, useValue: dialog },
        { provide: AuthStore, useValue: { user: signal({ timeZone: 'UTC' }) } },
      ],
    });
    jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const fixture = TestBed.createComponent(SchedulePage);
    for (const [key, value] of Object.entries(params)) fixture.componentRef.setInput(key, value);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const item = (id: string) => el.querySelector(`#schedule-${id}`)?.closest('article') as HTMLElement;
    const buttons = (id: string) => [...item(id).querySelectorAll('button')].map((b) => b.textContent?.replace(/\s+/g, ' ').trim());
    return { fixture, el, item, buttons };
  }

  it('loads the week in the coach’s zone and lists who, what, where and status under each day', async () => {
    const { el, item } = await render({ date: '2026-11-25' }, [session('a', Date.parse('2026-11-24T15:00:00Z'), 'CANCELLED')]);
    expect(api.query).toHaveBeenCalledWith(CoachScheduleDocument, { input: { from: '2026-11-23T00:00:00Z', to: '2026-11-30T00:00:00Z' } });
    expect(el.querySelector('h2.range-title')?.textContent).toBe('Week of Monday 23 November 2026');
    expect(el.querySelectorAll('section.day')).toHaveLength(7);
    const a = item('a');
    expect(a.closest('section')?.querySelector('h3')?.textContent).toBe('Tuesday 24 November 2026');
    expect(a.textContent).toContain('15:00–16:00');
    expect(a.textContent).toContain('With Student a · Video call');
    expect(a.querySelector('db-status-chip')?.textContent).toBe('Cancelled');
    expect(el.querySelector('.count')?.textContent).toContain('No sessions');
  });

  it('offers to close only sessions that have started and are still booked, after confirmation', async () => {
    const now = Date.now();
    const started = session('started', now - HOUR / 2);
    // The day the started session is on; the others show only if they fall on it too.
    const { fixture, buttons, item } = await render({ view: 'day', date: started.startsAt.slice(0, 10) }, [
      started,
      session('later', now + 2 * HOUR),
      session('done', now - 3 * HOUR, 'COMPLETED'),
    ]);
    expect(buttons('started').map((text) => text?.split(' Coding')[0])).toEqual(['Mark completed', 'Mark no-show']);
    if (item('later')) expect(item('later').querySelectorAll('button')).toHaveLength(0);
    if (item('done')) expect(item('done').querySelectorAll('button')).toHaveLength(0);

    client.mutate.mockResolvedValue({ markBookingNoShow: { ...started, status: 'NO_SHOW' } });
    [...item('started').querySelectorAll('button')].find((b) => b.textContent?.includes('Mark no-show'))?.click();
    expect(dialog.open.mock.calls[0][1].data).toMatchObject({ outcome: 'NO_SHOW', studentName: 'Student started' });
    await fixture.whenStable();
    expect(client.mutate).toHaveBeenCalledWith(MarkBookingNoShowDocument, { id: 'started' });
    expect(client.mutate).not.toHaveBeenCalledWith(MarkBookingCompletedDocument, expect.anything());
    await fixture.whenStable();
    expect(item('started').querySelector('db-status-chip')?.textContent).toBe('No-show');
    expect(fixture.nativeElement.querySelector('.message')?.textContent).toBe('Coding mock interview with Student started marked as a no-show.');
  });
});
