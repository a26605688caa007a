import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { apiResource, errorMessage, GraphqlClient, injectViewerZone, StaffWorkshopsDocument } from '@debrief/portal/core';
import { EmptyStateComponent, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { STATUS_LABELS, workshopWhen } from '../shared/workshop-format';

/** Staff's list of every workshop (drafts, cancelled and past included), newest start last. */
@Component({
  selector: 'db-workshops-admin-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, EmptyStateComponent, PageHeaderComponent, PageStateComponent],
  template: `
    <db-page-header heading="Manage workshops" description="Create workshops and series, publish them, edit or cancel them, and run check-in.">
      <a mat-flat-button routerLink="/staff/workshops/new">New workshop</a>
    </db-page-header>
    <db-page-state [loading]="list.isLoading() && !list.hasValue()" [error]="error()" loadingLabel="Loading workshops…" (retry)="list.reload()">
      @if (list.hasValue()) {
        @if (list.value().length === 0) {
          <db-empty-state heading="No workshops yet" message="Create the first one." />
        } @else {
          <table class="db-table db-stack">
            <caption class="cdk-visually-hidden">All workshops</caption>
            <thead>
              <tr><th scope="col">Workshop</th><th scope="col">When</th><th scope="col">Status</th><th scope="col">Seats</th><th scope="col">Waitlist</th></tr>
            </thead>
            <tbody>
              @for (w of list.value(); track w.id) {
                <tr>
                  <td><a [routerLink]="['/staff/workshops', w.id]">{{ w.title }}</a>@if (w.seriesId) { <span class="series"> (series)</span> }</td>
                  <td data-label="When">{{ when(w) }}</td>
                  <td data-label="Status">{{ labels[w.status] ?? w.status }}</td>
                  <td data-label="Seats">{{ w.seatsTaken }} / {{ w.capacity }}</td>
                  <td data-label="Waitlist">{{ w.waitlistLength }}</td>
                </tr>
              }
            </tbody>
          </table>
        }
      }
    </db-page-state>
  `,
  styles: `
    table { width: 100%; border-collapse: collapse; }
    th, td { text-align: left; padding: 8px; border-bottom: 1px solid var(--mat-sys-outline-variant); vertical-align: top; }
    .series { color: var(--mat-sys-on-surface-variant); }
  `,
})
export class WorkshopsAdminPage {
  private readonly api = inject(GraphqlClient);
  private readonly zone = injectViewerZone();
  protected readonly labels = STATUS_LABELS;

  protected readonly list = apiResource({
    loader: async () => (await this.api.query(StaffWorkshopsDocument, { filter: { all: true } })).workshops,
  });
  protected readonly error = computed(() => errorMessage(this.list.error()));

  protected when(w: { startsAt: string; endsAt: string }): string {
    return workshopWhen(w, this.zone());
  }
}
