import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, linkedSignal, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { apiResource, errorMessage, GraphqlClient, injectViewerZone, WorkshopCatalogDocument, WorkshopCatalogQuery } from '@debrief/portal/core';
import { EmptyStateComponent, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { DateTime } from 'luxon';
import { placeText, seatsText, workshopWhen } from '../shared/workshop-format';

/** Workshops per page of the catalog. */
const PAGE = 24;

type CatalogPage = WorkshopCatalogQuery['workshopCatalog'];

/**
 * Upcoming workshops the student may register for, by topic and date, with seats left or the
 * waitlist; a page at a time ("Show more workshops" loads the next and moves focus to its first).
 */
@Component({
  selector: 'db-workshop-catalog-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, EmptyStateComponent, PageHeaderComponent, PageStateComponent],
  template: `
    <db-page-header heading="Workshops" description="Group workshops run by the career center. Register for a seat, or join the waitlist when one is full.">
      <a routerLink="/workshops/mine">My workshops</a>
    </db-page-header>

    <form class="filters" aria-label="Filter workshops" (submit)="$event.preventDefault()">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Topic</mat-label>
        <mat-select [ngModel]="topic()" (ngModelChange)="topic.set($event)" name="topic">
          <mat-option [value]="''">All topics</mat-option>
          @for (t of topics(); track t) {
            <mat-option [value]="t">{{ t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>From</mat-label>
        <input matInput type="date" name="from" [ngModel]="from()" (ngModelChange)="from.set($event)" />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Until</mat-label>
        <input matInput type="date" name="to" [ngModel]="to()" (ngModelChange)="to.set($event)" />
      </mat-form-field>
    </form>

    <db-page-state [loading]="list.isLoading() && !list.hasValue()" [error]="error()" loadingLabel="Loading workshops…" (retry)="list.reload()">
      @if (list.hasValue()) {
        <p class="count" role="status">{{ shown().length }} workshop{{ shown().length === 1 ? '' : 's' }}{{ nextCursor() ? ' shown, more to load' : '' }}</p>
        @if (shown().length === 0) {
          <db-empty-state heading="No workshops match" message="Try another topic or date, or check back later." />
        } @else {
          <ul class="cards">
            @for (w of shown(); track w.id) {
              <li class="db-surface card">
                <h2><a [routerLink]="['/workshops', w.id]" [attr.data-id]="w.id">{{ w.title }}</a></h2>
                <p class="when">{{ when(w) }}</p>
                <p>{{ w.location }}</p>
                @if (w.topics.length) {
                  <p class="topics">Topics: {{ w.topics.join(', ') }}</p>
                }
                <p class="seats">{{ seats(w) }}</p>
                @if (place(w); as p) {
                  <p class="mine"><strong>{{ p }}</strong></p>
                }
              </li>
            }
          </ul>
          @if (nextCursor()) {
            <p class="more">
              <button mat-stroked-button type="button" (click)="loadMore()" [disabled]="loadingMore()" disabledInteractive>
                {{ loadingMore() ? 'Loading…' : 'Show more workshops' }}
              </button>
            </p>
          }
          @if (moreError(); as e) {
            <p class="error" role="alert">{{ e }}</p>
          }
        }
      }
    </db-page-state>
  `,
  styles: `
    .filters { display: flex; flex-wrap: wrap; gap: 12px 16px; margin-bottom: 16px; }
    .cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); }
    .card { padding: 16px; }
    .card h2 { font: var(--mat-sys-title-large); margin: 0 0 8px; }
    .card p { margin: 4px 0; }
    .when { font-weight: 500; }
    .topics, .count { color: var(--mat-sys-on-surface-variant); }
    .more { margin: 16px 0 0; }
    .error { color: var(--mat-sys-error); }
  `,
})
export class WorkshopCatalogPage {
  private readonly api = inject(GraphqlClient);
  private readonly zone = injectViewerZone();
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly topic = signal('');
  protected readonly from = signal('');
  protected readonly to = signal('');

  protected readonly list = apiResource({
    params: () => ({ from: this.from(), to: this.to(), topic: this.topic() }),
    loader: async ({ params }) => (await this.api.query(WorkshopCatalogDocument, { filter: this.filter(params), page: { first: PAGE } })).workshopCatalog,
  });
  /** The pages loaded so far: the first one, then each "Show more" (a new filter starts over). */
  private readonly pages = linkedSignal<CatalogPage | undefined, CatalogPage[]>({
    source: () => (this.list.hasValue() ? this.list.value() : undefined),
    computation: (first) => (first ? [first] : []),
  });
  protected readonly loadingMore = signal(false);
  protected readonly moreError = signal<string | null>(null);
  protected readonly nextCursor = computed(() => this.pages().at(-1)?.nextCursor ?? null);
  protected readonly error = computed(() => errorMessage(this.list.error()));
  protected readonly shown = computed(() => this.pages().flatMap((p) => p.items));
  /** The topics of the workshops shown (filtered by the server), and the chosen one; "All topics" offers every one again. */
  protected readonly topics = computed(() => [...new Set([...this.shown().flatMap((w) => w.topics), ...(this.topic() ? [this.topic()] : [])])].sort());

  protected async loadMore(): Promise<void> {
    const after = this.nextCursor();
    if (!after || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.moreError.set(null);
    try {
      const filter = this.filter({ from: this.from(), to: this.to(), topic: this.topic() });
      const next = (await this.api.query(WorkshopCatalogDocument, { filter, page: { first: PAGE, after } })).workshopCatalog;
      this.pages.update((pages) => [...pages, next]);
      // Keyboard and screen-reader users continue at the first new workshop.
      const firstNew = next.items[0]?.id;
      if (firstNew) setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>(`a[data-id="${firstNew}"]`)?.focus());
    } catch (e) {
      this.moreError.set(errorMessage(e));
    } finally {
      this.loadingMore.set(false);
    }
  }

  private filter(p: { from: string; to: string; topic: string }) {
    const zone = this.zone();
    return {
      from: p.from ? DateTime.fromISO(p.from, { zone }).toUTC().toISO() : null,
      to: p.to ? DateTime.fromISO(p.to, { zone }).plus({ days: 1 }).toUTC().toISO() : null,
      topic: p.topic || null,
    };
  }

  protected when(w: { startsAt: string; endsAt: string }): string {
    return workshopWhen(w, this.zone());
  }
  protected seats = seatsText;
  protected place(w: { myRegistration?: { status: string; waitlistPosition?: number | null } | null }): string | null {
    return placeText(w.myRegistration);
  }
}
