import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { AuthStore, CoachCardFragment, CoachDocument, GraphqlClient, SessionUser, UpdateCoachProfileDocument } from '@debrief/portal/core';
import { Role, Specialty, UserStatus } from '@debrief/shared/domain';
import { ProfilePage } from './profile.page';

const priya: CoachCardFragment = {
  id: 'coach-1',
  name: 'Priya Raman',
  pronouns: 'she/her',
  headline: 'Staff engineer',
  bio: 'Ran 300 coding loops.',
  specialties: [Specialty.Coding],
  timeZone: 'America/Los_Angeles',
};

function userWith(role: Role, id: string): SessionUser {
  return { id, name: 'Priya Raman', email: 'coach@debrief.example', role, status: UserStatus.Active, pronouns: null, timeZone: 'America/Los_Angeles' };
}

describe('ProfilePage', () => {
  const client = { query: jest.fn(), mutate: jest.fn() };

  async function renderAs(user: SessionUser) {
    client.query.mockReset().mockResolvedValue({ coach: priya });
    client.mutate.mockReset();
    TestBed.configureTestingModule({
      imports: [ProfilePage],
      providers: [
        { provide: GraphqlClient, useValue: client },
        { provide: MatSnackBar, useValue: { open: jest.fn() } },
        { provide: AuthStore, useValue: { user: signal(user), setUser: jest.fn() } },
      ],
    });
    const fixture = TestBed.createComponent(ProfilePage);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('gives a coach a directory profile form, preloaded from their own coach entry', async () => {
    const { el } = await renderAs(userWith(Role.Coach, 'coach-1'));
    expect(client.query).toHaveBeenCalledWith(CoachDocument, { id: 'coach-1' });
    const section = el.querySelector('section[aria-labelledby="directory-profile-heading"]') as HTMLElement;
    expect(section.querySelector('h2')?.textContent).toBe('Directory profile');
    const form = section.querySelector('form[aria-label="Directory profile"]') as HTMLFormElement;
    expect(form.querySelector<HTMLInputElement>('input[id$="-headline"]')?.value).toBe('Staff engineer');
    expect(el.querySelectorAll('form')).toHaveLength(2);
  });

  it('saves the directory profile separately from the account form', async () => {
    const { fixture, el } = await renderAs(userWith(Role.Coach, 'coach-1'));
    client.mutate.mockResolvedValue({ updateCoachProfile: { ...priya, bio: 'Loops, decoded.' } });
    const bio = el.querySelector('textarea') as HTMLTextAreaElement;
    bio.value = 'Loops, decoded.';
    bio.dispatchEvent(new Event('input'));
    el.querySelector<HTMLButtonElement>('form[aria-label="Directory profile"] button[type="submit"]')?.click();
    await fixture.whenStable();
    expect(client.mutate).toHaveBeenCalledTimes(1);
    expect(client.mutate).toHaveBeenCalledWith(UpdateCoachProfileDocument, { input: { coachId: 'coach-1', bio: 'Loops, decoded.' } });
    expect(bio.value).toBe('Loops, decoded.');
  });

  it.each([Role.Student, Role.Staff, Role.Admin])('has no directory profile for %s', async (role) => {
    const { el } = await renderAs(userWith(role, 'u1'));
    expect(client.query).not.toHaveBeenCalled();
    expect(el.querySelector('db-coach-profile-form')).toBeNull();
    expect(el.textContent).not.toContain('Directory profile');
  });
});
