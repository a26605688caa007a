import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  ApiError,
  GraphqlClient,
  StaffCreateSessionTypeDocument,
  StaffSessionTypeFragment,
  StaffUpdateSessionTypeDocument,
} from '@debrief/portal/core';
import { ErrorCode, Specialty } from '@debrief/shared/domain';
import { SessionTypeFormComponent } from './session-type-form.component';

const coding: StaffSessionTypeFragment = {
  id: 'type-1',
  name: 'Coding mock interview',
  category: Specialty.Coding,
  description: '',
  preparation: '',
  durationMinutes: 60,
  interviewMinutes: 40,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 10,
  minNoticeMinutes: 720,
  horizonDays: 28,
  cancelCutoffHours: 24,
  maxActivePerStudent: null,
  locationKind: 'VIDEO',
  room: null,
  coachIds: ['coach-a'],
  retiredAt: null,
};
const coaches = [
  { id: 'coach-a', name: 'Priya Raman' },
  { id: 'coach-b', name: 'Marcus Chen' },
];

describe('SessionTypeFormComponent', () => {
  const client = { mutate: jest.fn() };
  const snackBar = { open: jest.fn() };

  async function render(sessionType: StaffSessionTypeFragment | null = null) {
    client.mutate.mockReset();
    snackBar.open.mockReset();
    TestBed.configureTestingModule({
      imports: [SessionTypeFormComponent],
      providers: [
        { provide: GraphqlClient, useValue: client },
        { provide: MatSnackBar, useValue: snackBar },
      ],
    });
    const fixture = TestBed.createComponent(SessionTypeFormComponent);
    fixture.componentRef.setInput('sessionType', sessionType);
    fixture.componentRef.setInput('coaches', coaches);
    const saved = jest.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    document.body.appendChild(el);
    const form = fixture.componentInstance['form'];
    const field = (name: string) => el.querySelector<HTMLInputElement>(`[id$="-${name}"]`) as HTMLInputElement;
    const type = async (name: string, value: string) => {
      const input = field(name);
      input.value = value;
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('blur'));
      await fixture.whenStable();
    };
    const submit = async () => {
      el.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      await fixture.whenStable();
    };
    const errors = () => [...el.querySelectorAll('mat-error')].map((e) => e.textContent?.trim());
    return { fixture, el, form, field, type, submit, errors, saved };
  }

  afterEach(() => document.body.replaceChildren());

  it('starts a new type with sensible defaults and units in the labels', async () => {
    const { el, field } = await render();
    expect(field('durationMinutes').value).toBe('60');
    expect(field('interviewMinutes').value).toBe('40');
    expect(field('minNoticeHours').value).toBe('12');
    expect(el.textContent).toContain('Duration (minutes)');
    expect(el.textContent).toContain('Minimum notice (hours)');
    expect(el.textContent).toContain('Booking horizon (days)');
    expect(el.textContent).toContain('40 min interview, 20 min feedback');
  });

  it('requires a name and a category, and focuses the first problem', async () => {
    const { submit, errors, field } = await render();
    await submit();
    expect(client.mutate).not.toHaveBeenCalled();
    expect(errors()).toEqual(['Enter a name.', 'Choose a category.']);
    expect(document.activeElement).toBe(field('name'));
  });

  it('refuses out-of-range and fractional numbers with the unit in the message', async () => {
    const { form, type, submit, errors } = await render();
    form.controls.name.setValue('Coding');
    form.controls.category.setValue(Specialty.Coding);
    await type('durationMinutes', '300');
    await type('horizonDays', '1.5');
    await type('bufferAfterMinutes', '');
    await submit();
    expect(client.mutate).not.toHaveBeenCalled();
    expect(errors()).toEqual(['Use at most 240 minutes.', 'Enter a number.', 'Use a whole number.']);
  });

  it('refuses an interview part longer than the session, and re-checks when the duration changes', async () => {
    const { type, errors, form } = await render();
    await type('interviewMinutes', '70');
    expect(errors()).toEqual(['The interview part cannot be longer than the whole session (60 minutes).']);
    await type('durationMinutes', '90');
    expect(form.controls.interviewMinutes.valid).toBe(true);
    expect(errors()).toEqual([]);
  });

  it('asks for a room only for in-person sessions', async () => {
    const { fixture, form, field, submit, errors } = await render();
    expect(field('room')).toBeNull();
    form.patchValue({ name: 'Résumé review', category: Specialty.ResumeReview, locationKind: 'ROOM' });
    await fixture.whenStable();
    await submit();
    expect(errors()).toEqual(['Enter the room for in-person sessions.']);
    expect(client.mutate).not.toHaveBeenCalled();
  });

  it('creates a type with every field and emits it', async () => {
    const { form, type, submit, saved } = await render();
    const created = { ...coding, id: 'type-9', name: 'System design', category: Specialty.SystemDesign };
    client.mutate.mockResolvedValue({ createSessionType: created });
    form.patchValue({ name: 'System design', category: Specialty.SystemDesign, coachIds: ['coach-b'] });
    await type('minNoticeHours', '24');
    await submit();
    expect(client.mutate).toHaveBeenCalledWith(StaffCreateSessionTypeDocument, {
      input: expect.objectContaining({
        name: 'System design',
        category: Specialty.SystemDesign,
        durationMinutes: 60,
        minNoticeMinutes: 1440,
        coachIds: ['coach-b'],
        room: null,
      }),
    });
    expect(saved).toHaveBeenCalledWith(created);
    expect(snackBar.open).toHaveBeenCalledWith('Created System design.', undefined, { duration: 4000 });
  });

  it('updates only the changed fields of an existing type', async () => {
    const { type, submit, saved } = await render(coding);
    client.mutate.mockResolvedValue({ updateSessionType: { ...coding, durationMinutes: 90 } });
    await type('durationMinutes', '90');
    await submit();
    expect(client.mutate).toHaveBeenCalledWith(StaffUpdateSessionTypeDocument, { input: { id: 'type-1', durationMinutes: 90 } });
    expect(saved).toHaveBeenCalled();
  });

  it('does not call the API when nothing changed', async () => {
    const { submit } = await render(coding);
    await submit();
    expect(client.mutate).not.toHaveBeenCalled();
    expect(snackBar.open).toHaveBeenCalledWith('No changes to save.', undefined, { duration: 4000 });
  });

  it('puts an API error on the field it names, translating minutes to the hours field', async () => {
    const { type, submit, errors, field, saved } = await render(coding);
    client.mutate.mockRejectedValue(new ApiError(ErrorCode.BadUserInput, 'minNoticeMinutes: must not be greater than 20160', 'minNoticeMinutes'));
    await type('minNoticeHours', '48');
    await submit();
    expect(saved).not.toHaveBeenCalled();
    expect(errors()).toEqual(['Must not be greater than 20160']);
    expect(field('minNoticeHours').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field('minNoticeHours'));
  });

  it('shows errors without a field above the form', async () => {
    const { el, type, submit } = await render(coding);
    client.mutate.mockRejectedValue(new ApiError(ErrorCode.Conflict, 'Someone else changed this type.'));
    await type('horizonDays', '30');
    await submit();
    expect(el.querySelector('[role="alert"]')?.textContent?.trim()).toBe('Someone else changed this type.');
  });
});
