import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { apiResource, errorMessage, GraphqlClient, injectViewerZone, MyWorkshopsDocument } from '@debrief/portal/core';
import { EmptyStateComponent, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { placeText, STATUS_LABELS, workshopWhen } from '../shared/workshop-format';
import { WorkshopOverlapComponent } from './workshop-overlap.component';

/** The student's workshops: upcoming (with their place and any clash with booked sessions) and past. */
@Component({
  selector: 'db-my-workshops-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, EmptyStateComponent, PageHeaderComponent, PageStateComponent, WorkshopOverlapComponent],
  template: `
    <db-page-header heading="My workshops" description="Workshops you registered for or are waiting for.">
      <a routerLink="/workshops">Browse workshops</a>
    </db-page-header>
    <db-page-state [loading]="data.isLoading() && !data.hasValue()" [error]="error()" loadingLabel="Loading your workshops…" (retry)="data.reload()">
      @if (data.hasValue()) {
        <h2 class="db-section-title" id="upcoming-heading">Upcoming</h2>
        @if (data.value().upcoming.length === 0) {
          <db-empty-state heading="Nothing coming up" message="Browse the workshops to register for one." />
        } @else {
          <ul class="list" aria-labelledby="upcoming-heading">
            @for (r of data.value().upcoming; track r.id) {
              <li class="db-surface item">
                <h3><a [routerLink]="['/workshops', r.workshop.id]">{{ r.workshop.title }}</a></h3>
                <p>{{ when(r.workshop) }} · {{ r.workshop.location }}</p>
                @if (r.workshop.status === 'CANCELLED') {
                  <p class="cancelled"><strong>Cancelled by the career center{{ r.workshop.cancelReason ? ': ' + r.workshop.cancelReason : '.' }}</strong></p>
                } @else {
                  <p class="place"><strong>{{ place(r) }}</strong></p>
                }
                @if (r.workshop.status !== 'CANCELLED' && r.status !== 'WAITLISTED') {
                  <db-workshop-overlap [sessions]="r.workshop.overlappingSessions" [zone]="zone()" />
                }
              </li>
            }
          </ul>
        }
        <h2 class="db-section-title" id="past-heading">Past</h2>
        @if (data.value().past.length === 0) {
          <p>No past workshops yet.</p>
        } @else {
          <ul class="list" aria-labelledby="past-heading">
            @for (r of data.value().past; track r.id) {
              <li class="db-surface item">
                <h3><a [routerLink]="['/workshops', r.workshop.id]">{{ r.workshop.title }}</a></h3>
                <p>{{ when(r.workshop) }} · {{ labels[r.status] ?? r.status }}</p>
              </li>
            }
          </ul>
        }
      }
    </db-page-state>
  `,
  styles: `
    .list { list-style: none; margin: 0 0 24px; padding: 0; display: grid; gap: 12px; }
    .item { padding: 12px 16px; }
    .item h3 { margin: 0 0 4px; font: var(--mat-sys-title-medium); }
    .item p { margin: 4px 0; }
    .cancelled { color: #8c1d18; }
  `,
})
export class MyWorkshopsPage {
  private readonly api = inject(GraphqlClient);
  protected readonly zone = injectViewerZone();
  protected readonly labels = STATUS_LABELS;

  protected readonly data = apiResource({
    loader: async () => {
      const [upcoming, past] = await Promise.all([
        this.api.query(MyWorkshopsDocument, { input: { scope: 'UPCOMING' } }),
        this.api.query(MyWorkshopsDocument, { input: { scope: 'PAST' } }),
      ]);
      return { upcoming: upcoming.myWorkshops, past: past.myWorkshops };
    },
  });
  protected readonly error = computed(() => errorMessage(this.data.error()));

  protected when(w: { startsAt: string; endsAt: string }): string {
    return workshopWhen(w, this.zone());
  }
  protected place(r: { status: string; waitlistPosition?: number | null }): string {
    return placeText(r) ?? '';
  }
}
