import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { apiResource, AuthStore, AvailabilityDetailsFragment, errorMessage, GraphqlClient, MyAvailabilityDocument, MyMeetingLinkDocument, SetMeetingLinkDocument } from '@debrief/portal/core';
import { PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { PlaceFormComponent } from '../shared/place-form.component';
import { AvailabilityOverridesComponent } from './availability-overrides.component';
import { WeeklyHoursEditorComponent } from './weekly-hours-editor.component';

/** A coach's bookable hours: the usual week, and exceptions on particular dates. */
@Component({
  selector: 'db-availability-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AvailabilityOverridesComponent, PageHeaderComponent, PageStateComponent, PlaceFormComponent, WeeklyHoursEditorComponent],
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
        <section class="db-surface overrides" aria-labelledby="link-heading">
          <h2 id="link-heading" class="db-section-title first">Video-meeting link</h2>
          <p class="zone">Students who book a video session with you get this link with their booking. Sessions already booked keep the link they were booked with; you can change one from its page.</p>
          <db-place-form
            label="Your meeting link"
            hint="An https:// link, e.g. https://meet.example.org/your-room. Leave empty to remove it."
            inputMode="url"
            [value]="meetingUrl.value() ?? ''"
            [save]="saveLink"
          />
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
  private readonly auth = inject(AuthStore);

  protected readonly availability = apiResource({
    loader: async () => (await this.api.query(MyAvailabilityDocument)).coachAvailability,
  });
  protected readonly error = computed(() => errorMessage(this.availability.error()));
  protected readonly meetingUrl = apiResource({
    params: () => ({ id: this.availability.value()?.coachId }),
    loader: async ({ params }) => (params.id ? (await this.api.query(MyMeetingLinkDocument, { id: params.id })).coach.meetingUrl : null),
  });
  protected readonly saveLink = async (meetingUrl: string): Promise<void> => {
    const coachId = this.availability.value()?.coachId ?? this.auth.user()?.id;
    if (!coachId) return;
    const { updateCoachProfile } = await this.api.mutate(SetMeetingLinkDocument, { input: { coachId, meetingUrl } });
    this.meetingUrl.set(updateCoachProfile.meetingUrl ?? null);
  };

  protected update(availability: AvailabilityDetailsFragment): void {
    this.availability.set(availability);
  }
}
