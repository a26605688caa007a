import { TitleCasePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatTabsModule } from '@angular/material/tabs';
import { DomSanitizer } from '@angular/platform-browser';
import type { OutboxMessagesQuery } from '@debrief/portal/core';
import { emailDocument } from './email-document';
import { WhenPipe } from '@debrief/portal/core';

export type OutboxMessage = OutboxMessagesQuery['outboxMessages'][number];

/** One outbox message: its envelope, the plain-text body and the HTML body in a locked-down frame. */
@Component({
  selector: 'db-outbox-message-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [WhenPipe, TitleCasePipe, MatButtonModule, MatDialogModule, MatTabsModule],
  templateUrl: './outbox-message.dialog.html',
  styleUrl: './outbox-message.dialog.scss',
})
export class OutboxMessageDialog {
  protected readonly message = inject<OutboxMessage>(MAT_DIALOG_DATA);
  /**
   * Trusted on purpose: the frame is sandboxed with no permissions (no scripts, unique origin) and
   * the document's CSP blocks remote loads, so the markup cannot reach the portal or the network.
   */
  protected readonly htmlDocument = inject(DomSanitizer).bypassSecurityTrustHtml(
    emailDocument(this.message.subject, this.message.html),
  );
  /** A data: URL for the attached calendar, so it can be saved and opened in a calendar app. */
  protected readonly icsHref = inject(DomSanitizer).bypassSecurityTrustUrl(
    `data:text/calendar;charset=utf-8,${encodeURIComponent(this.message.calendarIcs ?? '')}`,
  );
}
