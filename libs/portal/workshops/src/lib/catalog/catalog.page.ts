import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { apiResource, errorMessage, GraphqlClient, injectViewerZone, WorkshopCatalogDocument } from '@debrief/portal/core';
import { EmptyStateComponent, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { DateTime } from 'luxon';
import { placeText, seatsText, workshopWhen } from '../shared/workshop-format';

/** Upcoming workshops the student may register for, by topic and date, with seats left or the waitlist. */
@Component({
  selector: 'db-workshop-catalog-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, RouterLink, MatFormFieldModule, MatInputModule, MatSelectModule, EmptyStateComponent, PageHeaderComponent, PageStateComponent],
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
        <p class="count" role="status">{{ shown().length }} workshop{{ shown().length === 1 ? '' : 's' }}</p>
        @if (shown().length === 0) {
          <db-empty-state heading="No workshops match" message="Try another topic or date, or check back later." />
        } @else {
          <ul class="cards">
            @for (w of shown(); track w.id) {
              <li class="db-surface card">
                <h2><a [routerLink]="['/workshops', w.id]">{{ w.title }}</a></h2>
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
  `,
})
export class WorkshopCatalogPage {
  private readonly api = inject(GraphqlClient);
  private readonly zone = injectViewerZone();

  protected readonly topic = signal('');
  protected readonly from = signal('');
  protected readonly to = signal('');

  protected readonly list = apiResource({
    params: () => ({ from: this.from(), to: this.to() }),
    loader: async ({ params }) => {
      const zone = this.zone();
      const from = params.from ? DateTime.fromISO(params.from, { zone }).toUTC().toISO() : null;
      const to = params.to ? DateTime.fromISO(params.to, { zone }).plus({ days: 1 }).toUTC().toISO() : null;
      return (await this.api.query(WorkshopCatalogDocument, { filter: { from, to } })).workshops;
    },
  });
  protected readonly error = computed(() => errorMessage(this.list.error()));
  protected readonly topics = computed(() => [...new Set((this.list.hasValue() ? this.list.value() : []).flatMap((w) => w.topics))].sort());
  protected readonly shown = computed(() => {
    const all = this.list.hasValue() ? this.list.value() : [];
    const topic = this.topic();
    return topic ? all.filter((w) => w.topics.includes(topic)) : all;
  });

  protected when(w: { startsAt: string; endsAt: string }): string {
    return workshopWhen(w, this.zone());
  }
  protected seats = seatsText;
  protected place(w: { myRegistration?: { status: string; waitlistPosition?: number | null } | null }): string | null {
    return placeText(w.myRegistration);
  }
}
