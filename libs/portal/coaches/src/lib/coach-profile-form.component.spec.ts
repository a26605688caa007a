import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ApiError, CoachCardFragment, GraphqlClient, UpdateCoachProfileDocument } from '@debrief/portal/core';
import { ErrorCode, Specialty } from '@debrief/shared/domain';
import { CoachProfileFormComponent } from './coach-profile-form.component';

const priya: CoachCardFragment = {
  id: 'coach-1',
  name: 'Priya Raman',
  pronouns: 'she/her',
  headline: 'Staff engineer',
  bio: 'Ran 300 coding loops.',
  specialties: [Specialty.Coding, Specialty.SystemDesign],
  timeZone: 'America/Los_Angeles',
};

describe('CoachProfileFormComponent', () => {
  const client = { mutate: jest.fn() };
  const snackBar = { open: jest.fn() };

  async function render(coach: CoachCardFragment = priya) {
    client.mutate.mockReset();
    snackBar.open.mockReset();
    TestBed.configureTestingModule({
      imports: [CoachProfileFormComponent],
      providers: [
        { provide: GraphqlClient, useValue: client },
        { provide: MatSnackBar, useValue: snackBar },
      ],
    });
    const fixture = TestBed.createComponent(CoachProfileFormComponent);
    fixture.componentRef.setInput('coach', coach);
    const saved = jest.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    document.body.appendChild(el); // so focus() lands
    const headline = el.querySelector<HTMLInputElement>('input[id$="-headline"]') as HTMLInputElement;
    const bio = el.querySelector<HTMLTextAreaElement>('textarea') as HTMLTextAreaElement;
    const checkbox = (label: string) =>
      [...el.querySelectorAll('mat-checkbox')].find((box) => box.textContent?.trim() === label)?.querySelector('input') as HTMLInputElement;
    const type = async (field: HTMLInputElement | HTMLTextAreaElement, value: string) => {
      field.value = value;
      field.dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    const submit = async () => {
      el.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      await fixture.whenStable();
    };
    return { fixture, el, headline, bio, checkbox, type, submit, saved };
  }

  afterEach(() => document.body.replaceChildren());

  it('preloads the coach’s headline, bio and specialties, with character counts', async () => {
    const { el, headline, bio, checkbox } = await render();
    expect(headline.value).toBe('Staff engineer');
    expect(bio.value).toBe('Ran 300 coding loops.');
    expect(checkbox('Coding interview').checked).toBe(true);
    expect(checkbox('System design').checked).toBe(true);
    expect(checkbox('Behavioral').checked).toBe(false);
    expect(el.textContent).toContain('14 / 160 characters');
    expect(el.textContent).toContain('21 / 2000 characters');
  });

  it('labels the specialties as a group with its limit', async () => {
    const { el } = await render();
    const group = el.querySelector('fieldset') as HTMLFieldSetElement;
    expect(group.querySelector('legend')?.textContent).toBe('Specialties');
    const hint = document.getElementById(group.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe('Choose up to 6.');
    expect(group.querySelectorAll('input[type="checkbox"]')).toHaveLength(6);
  });

  it('refuses a headline over 160 characters, with the error on the focused field', async () => {
    const { el, headline, type, submit } = await render();
    await type(headline, 'x'.repeat(161));
    await submit();
    expect(client.mutate).not.toHaveBeenCalled();
    expect(el.querySelector('mat-error')?.textContent?.trim()).toBe('Use at most 160 characters (now 161).');
    expect(headline.getAttribute('aria-invalid')).toBe('true');
    expect(headline.getAttribute('aria-describedby')).toContain(el.querySelector('mat-error')?.id);
    expect(document.activeElement).toBe(headline);
  });

  it('refuses a bio over 2000 characters', async () => {
    const { el, bio, type, submit } = await render();
    await type(bio, 'y'.repeat(2001));
    await submit();
    expect(client.mutate).not.toHaveBeenCalled();
    expect(el.querySelector('mat-error')?.textContent?.trim()).toBe('Use at most 2000 characters (now 2001).');
    expect(document.activeElement).toBe(bio);
  });

  it('refuses more than 6 specialties or a repeated one, linking the message to the checkboxes', async () => {
    const { fixture, el, submit, checkbox } = await render();
    const form = fixture.componentInstance['form'];
    form.controls.specialties.setValue([...Object.values(Specialty), Specialty.Coding]);
    await submit();
    expect(client.mutate).not.toHaveBeenCalled();
    const error = el.querySelector('.field-error') as HTMLElement;
    expect(error.textContent).toBe('Choose at most 6 specialties.');
    expect(checkbox('Product').getAttribute('aria-describedby')).toBe(error.id);
    expect(document.activeElement).toBe(checkbox('Coding interview'));

    form.controls.specialties.setValue([Specialty.Coding, Specialty.Coding]);
    await fixture.whenStable();
    expect(el.querySelector('.field-error')?.textContent).toBe('Choose each specialty only once.');
  });

  it('sends only the fields that changed and emits the saved entry', async () => {
    const { headline, checkbox, type, submit, saved } = await render();
    const updated = { ...priya, headline: 'Interview loops, decoded', specialties: [...priya.specialties, Specialty.Behavioral] };
    client.mutate.mockResolvedValue({ updateCoachProfile: updated });
    await type(headline, '  Interview loops, decoded ');
    checkbox('Behavioral').click();
    await submit();
    expect(client.mutate).toHaveBeenCalledWith(UpdateCoachProfileDocument, {
      input: {
        coachId: 'coach-1',
        headline: 'Interview loops, decoded',
        specialties: [Specialty.Coding, Specialty.SystemDesign, Specialty.Behavioral],
      },
    });
    expect(saved).toHaveBeenCalledWith(updated);
    expect(snackBar.open).toHaveBeenCalledWith('Directory profile saved.', undefined, { duration: 4000 });
    expect(headline.value).toBe('Interview loops, decoded');
  });

  it('sends just the specialties when only a box was unticked', async () => {
    const { checkbox, submit } = await render();
    client.mutate.mockResolvedValue({ updateCoachProfile: { ...priya, specialties: [Specialty.Coding] } });
    checkbox('System design').click();
    await submit();
    expect(client.mutate).toHaveBeenCalledWith(UpdateCoachProfileDocument, {
      input: { coachId: 'coach-1', specialties: [Specialty.Coding] },
    });
  });

  it('does not call the API when nothing changed', async () => {
    const { submit } = await render();
    await submit();
    expect(client.mutate).not.toHaveBeenCalled();
    expect(snackBar.open).toHaveBeenCalledWith('No changes to save.', undefined, { duration: 4000 });
  });

  it('puts an API error on the field it names', async () => {
    const { el, headline, type, submit, saved } = await render();
    client.mutate.mockRejectedValue(
      new ApiError(ErrorCode.BadUserInput, 'headline: must not contain a link', 'headline'),
    );
    await type(headline, 'See https://example.com');
    await submit();
    expect(saved).not.toHaveBeenCalled();
    expect(el.querySelector('mat-error')?.textContent?.trim()).toBe('headline: must not contain a link');
    expect(headline.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(headline);
    expect(el.querySelector('[role="alert"].db-form-error')).toBeNull();
  });

  it('shows other API errors above the form', async () => {
    const { el, bio, type, submit } = await render();
    client.mutate.mockRejectedValue(new ApiError(ErrorCode.Conflict, 'Someone else just saved this profile.'));
    await type(bio, 'New bio');
    await submit();
    expect(el.querySelector('[role="alert"]')?.textContent?.trim()).toBe('Someone else just saved this profile.');
  });

  it('offers Cancel only when asked to', async () => {
    const { fixture, el } = await render();
    expect(el.querySelector('button[type="button"]')).toBeNull();
    const cancelled = jest.fn();
    fixture.componentInstance.cancelled.subscribe(cancelled);
    fixture.componentRef.setInput('cancellable', true);
    await fixture.whenStable();
    el.querySelector<HTMLButtonElement>('button[type="button"]')?.click();
    expect(cancelled).toHaveBeenCalled();
  });
});
