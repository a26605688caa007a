import { BreakpointObserver } from '@angular/cdk/layout';
import { TitleCasePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatDialog } from '@angular/material/dialog';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelect, MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { apiResource, AuthStore, ChangeUserRoleDocument, errorMessage, GraphqlClient, ROLE_LABELS, ROLE_OPTIONS, toApiError, UserRowFragment, UsersDocument } from '@debrief/portal/core';
import { EmptyStateComponent, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { Permission, Role } from '@debrief/shared/domain';
import { debounceTime, firstValueFrom, map } from 'rxjs';
import { ChangeRoleData, ChangeRoleDialog } from './change-role.dialog';
import { CreateUserForm } from './create-user.form';
import { InviteUserForm } from './invite-user.form';

const WIDE_COLUMNS = ['user', 'status', 'timeZone', 'role'];
const NARROW_COLUMNS = ['user', 'role'];

@Component({
  selector: 'db-users-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TitleCasePipe,
    MatExpansionModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatTableModule,
    CreateUserForm,
    EmptyStateComponent,
    InviteUserForm,
    PageHeaderComponent,
    PageStateComponent,
  ],
  templateUrl: './users.page.html',
  styleUrl: './users.page.scss',
})
export class UsersPage {
  private readonly api = inject(GraphqlClient);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly canManage = inject(AuthStore).can(Permission.UsersManage);
  protected readonly roles = ROLE_OPTIONS;
  protected readonly searchControl = new FormControl('', { nonNullable: true });
  protected readonly roleControl = new FormControl<Role | null>(null);

  private readonly search = toSignal(this.searchControl.valueChanges.pipe(debounceTime(300), map((v) => v.trim())), {
    initialValue: '',
  });
  private readonly role = toSignal(this.roleControl.valueChanges, { initialValue: null });
  private readonly narrow = toSignal(
    inject(BreakpointObserver).observe('(max-width: 767.98px)').pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  protected readonly columns = computed(() => (this.narrow() ? NARROW_COLUMNS : WIDE_COLUMNS));
  protected readonly users = apiResource({
    params: () => ({ search: this.search() || null, role: this.role() }),
    loader: async ({ params }) => (await this.api.query(UsersDocument, { filter: params })).users,
  });
  protected readonly error = computed(() => errorMessage(this.users.error()));

  protected roleLabel(user: UserRowFragment): string {
    return ROLE_LABELS[user.role];
  }

  protected reload(): void {
    this.users.reload();
  }

  protected async changeRole(user: UserRowFragment, to: Role, select: MatSelect): Promise<void> {
    if (to === user.role) return;
    const data: ChangeRoleData = { name: user.name, from: user.role, to };
    const confirmed = await firstValueFrom(this.dialog.open(ChangeRoleDialog, { data }).afterClosed());
    if (!confirmed) {
      select.value = user.role;
      return;
    }
    try {
      await this.api.mutate(ChangeUserRoleDocument, { input: { userId: user.id, role: to } });
      this.snackBar.open(`${user.name} is now ${ROLE_LABELS[to]}.`, undefined, { duration: 4000 });
      this.users.reload();
    } catch (error) {
      select.value = user.role;
      this.snackBar.open(toApiError(error).message, 'Dismiss', { duration: 8000 });
    }
  }
}
