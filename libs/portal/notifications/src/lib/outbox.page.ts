import { BreakpointObserver } from '@angular/cdk/layout';
import { TitleCasePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatTableModule } from '@angular/material/table';
import { apiResource, AuthStore, errorMessage, GraphqlClient, OutboxMessagesDocument, OutboxStatus, ResendOutboxMessageDocument, WhenPipe } from '@debrief/portal/core';
import { Permission } from '@debrief/shared/domain';
import { EmptyStateComponent, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { map } from 'rxjs';
import { newestFirst } from './newest-first';
import { OutboxMessage, OutboxMessageDialog } from './outbox-message.dialog';

const LIMIT = 100;
const WIDE_COLUMNS = ['subject', 'kind', 'status', 'createdAt'];
const NARROW_COLUMNS = ['subject', 'status'];

export type OutboxFilter = 'all' | 'failed';

@Component({
  selector: 'db-outbox-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    WhenPipe,
    TitleCasePipe,
    MatButtonModule,
    MatButtonToggleModule,
    MatTableModule,
    EmptyStateComponent,
    PageHeaderComponent,
    PageStateComponent,
  ],
  templateUrl: './outbox.page.html',
  styleUrl: './outbox.page.scss',
})
export class OutboxPage {
  private readonly api = inject(GraphqlClient);
  private readonly dialog = inject(MatDialog);
  private readonly narrow = toSignal(
    inject(BreakpointObserver).observe('(max-width: 767.98px)').pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  protected readonly canResend = inject(AuthStore).can(Permission.OutboxResend);
  protected readonly filter = signal<OutboxFilter>('all');
  protected readonly columns = computed(() => (this.narrow() ? NARROW_COLUMNS : WIDE_COLUMNS));
  protected readonly messages = apiResource({
    params: () => ({ statuses: this.filter() === 'failed' ? (['FAILED'] as OutboxStatus[]) : null }),
    loader: async ({ params }) =>
      newestFirst((await this.api.query(OutboxMessagesDocument, params.statuses ? { limit: LIMIT, statuses: params.statuses } : { limit: LIMIT })).outboxMessages),
  });
  protected readonly error = computed(() => errorMessage(this.messages.error()));
  protected readonly resending = signal<string | null>(null);
  protected readonly notice = signal('');

  protected open(message: OutboxMessage): void {
    this.dialog.open(OutboxMessageDialog, { data: message, width: '760px', maxWidth: '100vw' });
  }

  protected async resend(message: OutboxMessage): Promise<void> {
    this.resending.set(message.id);
    this.notice.set('');
    try {
      await this.api.mutate(ResendOutboxMessageDocument, { id: message.id });
      this.notice.set(`Queued again: ${message.subject} to ${message.to}.`);
      this.messages.reload();
    } catch (error) {
      this.notice.set(errorMessage(error) ?? 'Could not queue the message again.');
    } finally {
      this.resending.set(null);
    }
  }
}
