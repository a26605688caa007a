import { BreakpointObserver } from '@angular/cdk/layout';
import { DatePipe, TitleCasePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatTableModule } from '@angular/material/table';
import { errorMessage, GraphqlClient, OutboxMessagesDocument } from '@debrief/portal/core';
import { EmptyStateComponent, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { map } from 'rxjs';
import { newestFirst } from './newest-first';
import { OutboxMessage, OutboxMessageDialog } from './outbox-message.dialog';

const LIMIT = 100;
const WIDE_COLUMNS = ['subject', 'kind', 'status', 'createdAt'];
const NARROW_COLUMNS = ['subject', 'createdAt'];

@Component({
  selector: 'db-outbox-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    TitleCasePipe,
    MatButtonModule,
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

  protected readonly columns = computed(() => (this.narrow() ? NARROW_COLUMNS : WIDE_COLUMNS));
  protected readonly messages = resource({
    loader: async () => newestFirst((await this.api.query(OutboxMessagesDocument, { limit: LIMIT })).outboxMessages),
  });
  protected readonly error = computed(() => errorMessage(this.messages.error()));

  protected open(message: OutboxMessage): void {
    this.dialog.open(OutboxMessageDialog, { data: message, width: '760px', maxWidth: '100vw' });
  }
}
