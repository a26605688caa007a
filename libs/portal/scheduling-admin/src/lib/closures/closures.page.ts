import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { apiResource, errorMessage, GraphqlClient, StaffClosureFragment, StaffClosuresDocument, StaffRemoveClosureDocument, toApiError } from '@debrief/portal/core';
import { EmptyStateComponent, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { firstValueFrom } from 'rxjs';
import { ConfirmData, ConfirmDialog } from '../shared/confirm.dialog';
import { closureDates } from './closure-dates';
import { ClosureFormComponent } from './closure-form.component';

/** Center-wide closures (holidays, breaks): no slots are offered on these days. */
@Component({
  selector: 'db-closures-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, ClosureFormComponent, EmptyStateComponent, PageHeaderComponent, PageStateComponent],
  templateUrl: './closures.page.html',
  styleUrl: './closures.page.scss',
})
export class ClosuresPage {
  private readonly api = inject(GraphqlClient);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly closures = apiResource({
    loader: async () => (await this.api.query(StaffClosuresDocument)).closures,
  });
  protected readonly error = computed(() => errorMessage(this.closures.error()));
  protected readonly rows = computed(() =>
    (this.closures.hasValue() ? this.closures.value() : []).map((closure) => ({ closure, dates: closureDates(closure) })),
  );

  protected reload(): void {
    this.closures.reload();
  }

  protected async remove(closure: StaffClosureFragment): Promise<void> {
    const data: ConfirmData = {
      title: 'Remove this closure?',
      message: [
        `${closureDates(closure)}: ${closure.reason}.`,
        'Coaches’ usual hours become bookable again on these days.',
      ],
      confirm: 'Remove closure',
    };
    const confirmed = await firstValueFrom(this.dialog.open(ConfirmDialog, { data }).afterClosed());
    if (!confirmed) return;
    try {
      await this.api.mutate(StaffRemoveClosureDocument, { id: closure.id });
      this.snackBar.open('Closure removed.', undefined, { duration: 4000 });
      this.closures.reload();
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('h2#closures-heading')?.focus(), {
        injector: this.injector,
      });
    } catch (error) {
      this.snackBar.open(toApiError(error).message, 'Dismiss', { duration: 8000 });
    }
  }
}
