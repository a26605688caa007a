import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { AvailabilityDetailsFragment, errorMessage, GraphqlClient, MyAvailabilityDocument } from '@debrief/portal/core';
import { PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { AvailabilityOverridesComponent } from './availability-overrides.component';
import { WeeklyHoursEditorComponent } from './weekly-hours-editor.component';

/** A coach's bookable hours: the usual week, and exceptions on particular dates. */
@Component({
  selector: 'db-availability-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AvailabilityOverridesComponent, PageHeaderComponent, PageStateComponent, WeeklyHoursEditorComponent],
  template: `
    <db-page-header heading="Availability" description="When students can book you. Sessions already booked stay as they are." />
    <db-page-state [loading]="availability.isLoading() && !availability.hasValue()" [error]="error()" loadingLabel="Loading your hours…" (retry)="availability.reload()">
      @if (availability.hasValue()) {
        @let a = availability.value();
        <p class="zone">All times are in your time zone, <strong>{{ a.timeZone }}</strong>. To end at midnight, use 00:00 (12:00 AM) as the end time.</p>
        <section class="db-surface" aria-labelledby="weekly-heading">
          <h2 id="weekly-heading" class="db-section-title first">Weekly hours</h2>
          <db-weekly-hours-editor [availability]="a" (saved)="update($event)" />
        </section>
        <section class="db-surface overrides" aria-labelledby="overrides-heading">
          <h2 id="overrides-heading" class="db-section-title first">Days off and extra hours</h2>
          <db-availability-overrides [availability]="a" (changed)="update($event)" />
        </section>
      }
    </db-page-state>
  `,
  styles: `
    .zone {
      margin: 0 0 16px;
    }
    .first {
      margin-top: 0;
    }
    .overrides {
      margin-top: 24px;
    }
  `,
})
export class AvailabilityPage {
  private readonly api = inject(GraphqlClient);

  protected readonly availability = resource({
    loader: async () => (await this.api.query(MyAvailabilityDocument)).coachAvailability,
  });
  protected readonly error = computed(() => errorMessage(this.availability.error()));

  protected update(availability: AvailabilityDetailsFragment): void {
    this.availability.set(availability);
  }
}
