import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter } from '@angular/router';
import { ApiError, AuthStore, ChangeUserRoleDocument, GraphqlClient, UserRowFragment, UsersDocument } from '@debrief/portal/core';
import { ErrorCode, Permission, Role, UserStatus } from '@debrief/shared/domain';
import { of } from 'rxjs';
import { UsersPage } from './users.page';

const ada: UserRowFragment = {
  id: 'u1',
  name: 'Ada Student',
  email: 'ada@students.debrief.example',
  role: Role.Student,
  status: UserStatus.Active,
  timeZone: 'Europe/Berlin',
  createdAt: '2026-01-01T00:00:00Z',
};

describe('UsersPage', () => {
  const client = { query: jest.fn(), mutate: jest.fn() };
  const dialog = { open: jest.fn() };
  const snackBar = { open: jest.fn() };

  async function render(permissions: Permission[]) {
    client.query.mockReset().mockResolvedValue({ users: [ada] });
    client.mutate.mockReset();
    dialog.open.mockReset();
    snackBar.open.mockReset();
    TestBed.configureTestingModule({
      imports: [UsersPage],
      providers: [
        provideRouter([]),
        { provide: GraphqlClient, useValue: client },
        { provide: MatDialog, useValue: dialog },
        { provide: MatSnackBar, useValue: snackBar },
        { provide: AuthStore, useValue: { can: (p: Permission) => permissions.includes(p) } },
      ],
    });
    const fixture = TestBed.createComponent(UsersPage);
    await fixture.whenStable();
    return { fixture, page: fixture.componentInstance, el: fixture.nativeElement as HTMLElement };
  }

  it('lists users with a count', async () => {
    const { el } = await render([Permission.UsersRead]);
    expect(client.query).toHaveBeenCalledWith(UsersDocument, { filter: { search: null, role: null } });
    expect(el.querySelector('.count')?.textContent?.trim()).toBe('1 user');
    expect(el.querySelector('td')?.textContent).toContain('ada@students.debrief.example');
  });

  it('shows roles as text and no management forms to staff', async () => {
    const { el } = await render([Permission.UsersRead]);
    expect(el.querySelector('db-create-user-form')).toBeNull();
    expect(el.querySelector('mat-select[aria-label^="Role of"]')).toBeNull();
    expect(el.textContent).toContain('Student');
  });

  it('gives admins the forms and a role select per row', async () => {
    const { el } = await render([Permission.UsersRead, Permission.UsersManage]);
    expect(el.textContent).toContain('Create a user');
    expect(el.textContent).toContain('Invite by email');
    expect(el.querySelector('mat-select[aria-label="Role of Ada Student"]')).not.toBeNull();
  });

  it('changes a role only after confirmation', async () => {
    const { page } = await render([Permission.UsersRead, Permission.UsersManage]);
    const select = { value: Role.Coach } as MatSelect;

    dialog.open.mockReturnValue({ afterClosed: () => of(false) });
    await page['changeRole'](ada, Role.Coach, select);
    expect(client.mutate).not.toHaveBeenCalled();
    expect(select.value).toBe(Role.Student);

    dialog.open.mockReturnValue({ afterClosed: () => of(true) });
    client.mutate.mockResolvedValue({ changeUserRole: { ...ada, role: Role.Coach } });
    await page['changeRole'](ada, Role.Coach, select);
    expect(dialog.open.mock.calls[1][1]).toEqual({ data: { name: 'Ada Student', from: Role.Student, to: Role.Coach } });
    expect(client.mutate).toHaveBeenCalledWith(ChangeUserRoleDocument, { input: { userId: 'u1', role: Role.Coach } });
    expect(snackBar.open).toHaveBeenCalledWith('Ada Student is now Coach.', undefined, { duration: 4000 });
  });

  it('puts the old role back and explains when the change is refused', async () => {
    const { page } = await render([Permission.UsersRead, Permission.UsersManage]);
    const select = { value: Role.Student } as MatSelect;
    dialog.open.mockReturnValue({ afterClosed: () => of(true) });
    client.mutate.mockRejectedValue(new ApiError(ErrorCode.Conflict, 'At least one administrator must remain.'));
    await page['changeRole']({ ...ada, role: Role.Admin }, Role.Student, select);
    expect(select.value).toBe(Role.Admin);
    expect(snackBar.open).toHaveBeenCalledWith('At least one administrator must remain.', 'Dismiss', { duration: 8000 });
  });
});
