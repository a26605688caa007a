import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { apiResource, AuthStore, errorMessage, GraphqlClient, injectViewerZone, StaffWorkshopsDocument } from '@debrief/portal/core';
import { EmptyStateComponent, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { workshopWhen } from '../shared/workshop-format';

/** A coach's workshops to run (upcoming and past), each opening its roster and check-in. */
@Component({
  selector: 'db-facilitating-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, EmptyStateComponent, PageHeaderComponent, PageStateComponent],
  template: `
    <db-page-header heading="Workshops I run" description="Open a workshop for its roster and to check students in (from an hour before it starts)." />
    <db-page-state [loading]="list.isLoading() && !list.hasValue()" [error]="error()" loadingLabel="Loading your workshops…" (retry)="list.reload()">
      @if (list.hasValue()) {
        @if (mine().length === 0) {
          <db-empty-state heading="No workshops" message="Workshops you facilitate appear here." />
        } @else {
          <ul class="list">
            @for (w of mine(); track w.id) {
              <li class="db-surface item">
                <h2><a [routerLink]="['/facilitate', w.id]">{{ w.title }}</a></h2>
                <p>{{ when(w) }} · {{ w.location }} · {{ w.seatsTaken }} of {{ w.capacity }} seats taken</p>
              </li>
            }
          </ul>
        }
      }
    </db-page-state>
  `,
  styles: `
    .list { list-style: none; margin: 0; padding: 0; display: grid; gap: 12px; }
    .item { padding: 12px 16px; }
    .item h2 { margin: 0 0 4px; font: var(--mat-sys-title-medium); }
    .item p { margin: 0; }
  `,
})
export class FacilitatingPage {
  private readonly api = inject(GraphqlClient);
  private readonly auth = inject(AuthStore);
  private readonly zone = injectViewerZone();

  protected readonly list = apiResource({ loader: async () => (await this.api.query(StaffWorkshopsDocument, {})).workshops });
  protected readonly error = computed(() => errorMessage(this.list.error()));
  protected readonly mine = computed(() => {
    const me = this.auth.user()?.id;
    return (this.list.hasValue() ? this.list.value() : []).filter((w) => w.facilitators.some((f) => f.id === me));
  });

  protected when(w: { startsAt: string; endsAt: string }): string {
    return workshopWhen(w, this.zone());
  }
}
