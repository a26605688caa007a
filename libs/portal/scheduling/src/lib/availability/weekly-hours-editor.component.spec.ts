import { TestBed } from '@angular/core/testing';
import { ApiError, AvailabilityDetailsFragment, GraphqlClient, SetWeeklyHoursDocument } from '@debrief/portal/core';
import { ErrorCode } from '@debrief/shared/domain';
import { WeeklyHoursEditorComponent } from './weekly-hours-editor.component';

const availability: AvailabilityDetailsFragment = {
  coachId: 'c1',
  timeZone: 'America/Los_Angeles',
  weekly: [
    { weekday: 1, startMinute: 540, endMinute: 720 },
    { weekday: 3, startMinute: 780, endMinute: 1020 },
  ],
  overrides: [],
};

describe('WeeklyHoursEditorComponent', () => {
  const client = { mutate: jest.fn() };

  async function render() {
    client.mutate.mockReset();
    TestBed.configureTestingModule({ providers: [{ provide: GraphqlClient, useValue: client }] });
    const fixture = TestBed.createComponent(WeeklyHoursEditorComponent);
    fixture.componentRef.setInput('availability', availability);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const day = (name: string) => [...el.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent?.trim() === name) as HTMLElement;
    const click = (scope: HTMLElement, text: string) =>
      [...scope.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').trim().startsWith(text))?.click();
    return { fixture, el, day, click, editor: fixture.componentInstance };
  }

  it('shows each weekday with its ranges as times', async () => {
    const { day } = await render();
    const times = (name: string) => [...day(name).querySelectorAll('input')].map((i) => i.value);
    expect(times('Monday')).toEqual(['09:00', '12:00']);
    expect(times('Wednesday')).toEqual(['13:00', '17:00']);
    expect(day('Tuesday').textContent).toContain('Not available');
  });

  it('saves the whole week as minutes after an added and a removed range', async () => {
    const { fixture, day, click, editor } = await render();
    client.mutate.mockResolvedValue({ setWeeklyHours: availability });
    click(day('Tuesday'), 'Add hours');
    await fixture.whenStable();
    const [from, to] = [...day('Tuesday').querySelectorAll('input')];
    from.value = '18:00';
    from.dispatchEvent(new Event('change'));
    to.value = '00:00';
    to.dispatchEvent(new Event('change'));
    click(day('Wednesday'), 'Remove');
    await fixture.whenStable();
    await editor.save();
    expect(client.mutate).toHaveBeenCalledWith(SetWeeklyHoursDocument, {
      input: {
        ranges: [
          { weekday: 1, startMinute: 540, endMinute: 720 },
          { weekday: 2, startMinute: 1080, endMinute: 1440 },
        ],
      },
    });
  });

  it('puts the API’s BAD_USER_INPUT messages next to the range they name', async () => {
    const { fixture, day, click, editor } = await render();
    click(day('Monday'), 'Add hours');
    await fixture.whenStable();
    client.mutate.mockRejectedValue(
      new ApiError(ErrorCode.BadUserInput, 'Monday 09:00–12:00 overlaps 11:00–13:00', 'ranges.1', {
        problems: [{ index: 1, message: 'Monday 09:00–12:00 overlaps 11:00–13:00' }],
      }),
    );
    const [, , from] = [...day('Monday').querySelectorAll('input')];
    from.value = '11:00';
    from.dispatchEvent(new Event('change'));
    await editor.save();
    await fixture.whenStable();
    const ranges = day('Monday').querySelectorAll('.range');
    expect(ranges[0].querySelector('.range-error')).toBeNull();
    const error = ranges[1].querySelector('.range-error');
    expect(error?.textContent?.trim()).toBe('Monday 09:00–12:00 overlaps 11:00–13:00.');
    expect(ranges[1].querySelector('input')?.getAttribute('aria-describedby')).toBe(error?.id);
    expect(ranges[1].querySelector('input')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('says which range misses a time without calling the API', async () => {
    const { fixture, day, editor } = await render();
    const [from] = [...day('Monday').querySelectorAll('input')];
    from.value = '';
    from.dispatchEvent(new Event('change'));
    await editor.save();
    await fixture.whenStable();
    expect(client.mutate).not.toHaveBeenCalled();
    expect(day('Monday').querySelector('.range-error')?.textContent?.trim()).toBe('Enter a start and an end time.');
  });
});
