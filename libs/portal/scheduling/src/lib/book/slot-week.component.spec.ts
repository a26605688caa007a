import { TestBed } from '@angular/core/testing';
import { FreeSlotsDocument, GraphqlClient } from '@debrief/portal/core';
import { shiftWeek, weekOf } from '../shared/week';
import { SlotWeekComponent } from './slot-week.component';

describe('SlotWeekComponent', () => {
  const client = { query: jest.fn() };
  const zone = 'Europe/Berlin';
  const thisWeek = weekOf(Date.now(), zone);
  const nextWeek = shiftWeek(thisWeek, 1);

  async function render(week: string, slots: { start: string; end: string }[]) {
    client.query.mockReset().mockResolvedValue({ availableSlots: slots.map((s) => ({ ...s, coachIds: ['c1'] })), closures: [] });
    TestBed.configureTestingModule({ providers: [{ provide: GraphqlClient, useValue: client }] });
    const fixture = TestBed.createComponent(SlotWeekComponent);
    fixture.componentRef.setInput('sessionTypeId', 't1');
    fixture.componentRef.setInput('coachId', null);
    fixture.componentRef.setInput('week', week);
    fixture.componentRef.setInput('zone', zone);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const button = (name: string) => [...el.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').includes(name)) as HTMLButtonElement;
    return { fixture, el, button, component: fixture.componentInstance };
  }

  it('asks for the week’s free starts, Monday to Monday in the viewer’s zone, for any coach', async () => {
    await render('2026-11-23', []);
    expect(client.query).toHaveBeenCalledWith(FreeSlotsDocument, {
      input: { sessionTypeId: 't1', coachId: null, from: '2026-11-22T23:00:00Z', to: '2026-11-29T23:00:00Z' },
    });
  });

  it('shows each start as a button named with day, time and zone, under its day', async () => {
    const start = `${nextWeek}T09:00:00Z`;
    const { el, component } = await render(nextWeek, [{ start, end: `${nextWeek}T10:00:00Z` }]);
    const picked = jest.fn();
    component.picked.subscribe(picked);
    const slot = el.querySelector<HTMLButtonElement>('button.slot');
    expect(slot?.textContent?.trim()).toBe('10:00');
    expect(slot?.getAttribute('aria-label')).toMatch(/^Monday \d+ \w+, 10:00 \(Europe\/Berlin\)$/);
    expect(slot?.closest('section')?.querySelector('h4')?.textContent).toMatch(/^Monday/);
    expect(el.querySelector('[role="status"].count')?.textContent?.trim()).toBe('1 free time this week.');
    slot?.click();
    expect(picked).toHaveBeenCalledWith(start);
  });

  it('does not go back before the current week, and moves a week at a time', async () => {
    const { button, component } = await render(thisWeek, []);
    const changed = jest.fn();
    component.weekChange.subscribe(changed);
    expect(button('Previous week').getAttribute('aria-disabled')).toBe('true');
    button('Previous week').click();
    expect(changed).not.toHaveBeenCalled();
    button('Next week').click();
    expect(changed).toHaveBeenCalledWith(nextWeek);
  });

  it('says when a week has nothing free', async () => {
    const { el } = await render(nextWeek, []);
    expect(el.querySelector('[role="status"].count')?.textContent?.trim()).toBe('No free times this week; try the next week.');
    expect(el.querySelector('button.slot')).toBeNull();
  });
  it('marks starts inside the change cutoff, in the button name and with a legend', async () => {
    const hour = 3600_000;
    const soon = new Date(Math.ceil((Date.now() + 3 * hour) / hour) * hour);
    const later = new Date(soon.getTime() + 2 * 86400_000);
    const week = weekOf(soon.getTime(), zone);
    client.query.mockReset().mockResolvedValue({
      availableSlots: [soon, later].map((d) => ({ start: d.toISOString().replace('.000Z', 'Z'), end: new Date(d.getTime() + hour).toISOString(), coachIds: ['c1'] })),
      closures: [],
    });
    TestBed.configureTestingModule({ providers: [{ provide: GraphqlClient, useValue: client }] });
    const fixture = TestBed.createComponent(SlotWeekComponent);
    fixture.componentRef.setInput('sessionTypeId', 't1');
    fixture.componentRef.setInput('week', week);
    fixture.componentRef.setInput('zone', zone);
    fixture.componentRef.setInput('cutoffHours', 24);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const late = [...el.querySelectorAll<HTMLButtonElement>('button.slot.late')];
    expect(late).toHaveLength(1);
    expect(late[0].getAttribute('aria-label')).toContain('you won’t be able to change it yourself');
    expect(el.querySelector('.late-legend')?.textContent).toContain('Starts in less than 24 hours');
  });
  it('is one Tab stop; arrow keys move within a day and across days (roving tabindex)', async () => {
    const at = (day: number, hour: number) => ({ start: `2026-11-${day}T${String(hour - 1).padStart(2, '0')}:00:00Z`, end: `2026-11-${day}T${String(hour).padStart(2, '0')}:00:00Z` });
    const { el, fixture } = await render('2026-11-23', [at(24, 10), at(24, 11), at(26, 9)]);
    const buttons = () => [...el.querySelectorAll<HTMLButtonElement>('button.slot')];
    expect(buttons().map((b) => b.tabIndex)).toEqual([0, -1, -1]);
    const press = async (target: HTMLElement, key: string) => {
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      await fixture.whenStable();
    };
    buttons()[0].focus();
    await press(buttons()[0], 'ArrowDown');
    expect(document.activeElement).toBe(buttons()[1]);
    await press(buttons()[1], 'ArrowRight');
    expect(document.activeElement).toBe(buttons()[2]);
    expect(buttons().map((b) => b.tabIndex)).toEqual([-1, -1, 0]);
    await press(buttons()[2], 'ArrowLeft');
    expect(document.activeElement).toBe(buttons()[0]);
  });
});
