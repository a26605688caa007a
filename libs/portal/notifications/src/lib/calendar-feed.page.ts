import { CdkCopyToClipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { DomSanitizer } from '@angular/platform-browser';
import { apiResource, errorMessage, GraphqlClient, MyCalendarFeedDocument, RegenerateCalendarFeedDocument, RegenerateCalendarFeedMutation, RevokeCalendarFeedDocument, WhenPipe } from '@debrief/portal/core';
import { PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';

export type CalendarFeedLink = RegenerateCalendarFeedMutation['regenerateCalendarFeed'];

/**
 * The user's private calendar subscription. Only a hash of its token is stored, so the URL is
 * shown right after it is generated; generating a new one turns the old one off.
 */
@Component({
  selector: 'db-calendar-feed-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CdkCopyToClipboard, WhenPipe, MatButtonModule, MatFormFieldModule, MatInputModule, PageHeaderComponent, PageStateComponent],
  templateUrl: './calendar-feed.page.html',
  styleUrl: './calendar-feed.page.scss',
})
export class CalendarFeedPage {
  private readonly api = inject(GraphqlClient);
  private readonly sanitizer = inject(DomSanitizer);

  protected readonly feed = apiResource({ loader: async () => (await this.api.query(MyCalendarFeedDocument)).myCalendarFeed });
  protected readonly error = computed(() => errorMessage(this.feed.error()));
  protected readonly link = signal<CalendarFeedLink | null>(null);
  /** webcal: is not in Angular's safe URL list; the value comes from our own API. */
  protected readonly webcalHref = computed(() => {
    const link = this.link();
    return link ? this.sanitizer.bypassSecurityTrustUrl(link.webcalUrl) : null;
  });
  protected readonly busy = signal(false);
  protected readonly status = signal('');

  protected async regenerate(): Promise<void> {
    await this.run(async () => {
      const { regenerateCalendarFeed } = await this.api.mutate(RegenerateCalendarFeedDocument);
      this.link.set(regenerateCalendarFeed);
      this.status.set('Your new feed URL is ready. Any earlier URL no longer works.');
    });
  }

  protected async revoke(): Promise<void> {
    await this.run(async () => {
      await this.api.mutate(RevokeCalendarFeedDocument);
      this.link.set(null);
      this.status.set('Your calendar feed is turned off. Calendars subscribed to it stop updating.');
    });
  }

  protected copied(ok: boolean): void {
    this.status.set(ok ? 'Copied to the clipboard.' : 'Could not copy; select the address and copy it yourself.');
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.status.set('');
    try {
      await work();
      this.feed.reload();
    } catch (error) {
      this.status.set(errorMessage(error) ?? 'Something went wrong.');
    } finally {
      this.busy.set(false);
    }
  }
}
