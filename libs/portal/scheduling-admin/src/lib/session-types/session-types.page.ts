import { afterNextRender, ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, Injector, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { apiResource, errorMessage, GraphqlClient, StaffCoachOptionsDocument, StaffRetireSessionTypeDocument, StaffSessionTypeFragment, StaffSessionTypesDocument, toApiError } from '@debrief/portal/core';
import { EmptyStateComponent, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { firstValueFrom } from 'rxjs';
import { ConfirmData, ConfirmDialog } from '../shared/confirm.dialog';
import { SessionTypeFormComponent } from './session-type-form.component';
import { summaryOf } from './session-type-summary';

/** Staff define what students can book: list (active, or with retired), create, edit, retire. */
@Component({
  selector: 'db-session-types-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatSlideToggleModule, EmptyStateComponent, PageHeaderComponent, PageStateComponent, SessionTypeFormComponent],
  templateUrl: './session-types.page.html',
  styleUrl: './session-types.page.scss',
})
export class SessionTypesPage {
  private readonly api = inject(GraphqlClient);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly includeRetired = signal(false);
  /** The type being edited, 'new' while creating, null when the editor is closed. */
  protected readonly editing = signal<StaffSessionTypeFragment | 'new' | null>(null);

  protected readonly types = apiResource({
    params: () => ({ includeRetired: this.includeRetired() }),
    loader: async ({ params }) => (await this.api.query(StaffSessionTypesDocument, params)).sessionTypes,
  });
  protected readonly coaches = apiResource({
    loader: async () => (await this.api.query(StaffCoachOptionsDocument)).coaches,
  });
  protected readonly error = computed(() => errorMessage(this.types.error()));
  protected readonly coachList = computed(() => (this.coaches.hasValue() ? this.coaches.value() : []));
  private readonly coachNames = computed(() => new Map(this.coachList().map((coach) => [coach.id, coach.name])));
  protected readonly rows = computed(() =>
    (this.types.hasValue() ? this.types.value() : []).map((type) => ({
      type,
      lines: summaryOf(type, (id) => this.coachNames().get(id) ?? 'A coach no longer listed'),
    })),
  );
  protected readonly editedType = computed(() => {
    const editing = this.editing();
    return editing === 'new' ? null : editing;
  });

  /** Where focus goes once it exists (e.g. a new type's Edit button, after the list reloads). */
  private readonly focusTarget = signal<string | null>(null);

  constructor() {
    effect(() => {
      const selector = this.focusTarget();
      this.rows(); // try again whenever the list changes
      this.editing();
      if (!selector) return;
      afterNextRender(
        () => {
          const target = this.host.nativeElement.querySelector<HTMLElement>(selector);
          if (!target) return;
          target.focus();
          this.focusTarget.set(null);
        },
        { injector: this.injector },
      );
    });
  }

  protected reload(): void {
    this.types.reload();
    this.coaches.reload();
  }

  protected open(type: StaffSessionTypeFragment | 'new'): void {
    this.editing.set(type);
    this.focusTarget.set('#session-type-editor-heading');
  }

  protected close(): void {
    const editing = this.editing();
    this.editing.set(null);
    this.focusTarget.set(editing && editing !== 'new' ? `#edit-${editing.id}` : '#new-session-type');
  }

  /** Back to the list, on the saved type's Edit button. */
  protected saved(type: StaffSessionTypeFragment): void {
    this.editing.set(null);
    this.types.reload();
    this.focusTarget.set(`#edit-${type.id}`);
  }

  protected async retire(type: StaffSessionTypeFragment): Promise<void> {
    const data: ConfirmData = {
      title: `Retire ${type.name}?`,
      message: [
        'Students will no longer be able to book it, and it moves to the retired list.',
        'Past and upcoming bookings keep it: upcoming sessions still take place unless you cancel them.',
      ],
      confirm: 'Retire session type',
    };
    const confirmed = await firstValueFrom(this.dialog.open(ConfirmDialog, { data }).afterClosed());
    if (!confirmed) return;
    try {
      await this.api.mutate(StaffRetireSessionTypeDocument, { id: type.id });
      const editing = this.editing();
      if (editing !== 'new' && editing?.id === type.id) this.editing.set(null);
      this.snackBar.open(`Retired ${type.name}.`, undefined, { duration: 4000 });
      this.types.reload();
      this.focusTarget.set('#new-session-type');
    } catch (error) {
      this.snackBar.open(toApiError(error).message, 'Dismiss', { duration: 8000 });
    }
  }
}
